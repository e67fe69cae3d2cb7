package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The consent pages and the administration pages of the law (commencement dates, sharer status) and of decision
 * corrections bind their forms to records, through the constructor only: a field the record does not name is never
 * read (mass assignment), and no handler reads posted fields by name from a map.
 */
class FormsBindToRecordsTest {

    private static final List<String> PAGES = List.of("org.safeshare.consent.web.RecordConsentPages",
            "org.safeshare.consent.web.CorrectConsentPages", "org.safeshare.consent.web.ConsentPages", "org.safeshare.consent.web.CapacityPages",
            "org.safeshare.decisions.web.LawPages", "org.safeshare.decisions.web.SharerStatusPages", "org.safeshare.decisions.web.DecisionPages");

    @Test
    void theConsentAndAdministrationPagesBindPostedFormsToRecordsNotMaps() throws Exception {
        for (String name : PAGES) {
            Class<?> page = Class.forName(name);
            assertThat(page.isAnnotationPresent(RecordForms.Bound.class)).as("%s binds through constructors only", name).isTrue();
            for (Method handler : Arrays.stream(page.getDeclaredMethods())
                    .filter(m -> AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)).toList()) {
                for (Parameter p : handler.getParameters()) {
                    assertThat(Map.class.isAssignableFrom(p.getType())).as("%s.%s reads a map of posted fields", name, handler.getName())
                            .isFalse();
                }
            }
        }
    }

    @Test
    void everyPostedFormOfThosePagesIsARecord() throws Exception {
        for (String name : PAGES) {
            Arrays.stream(Class.forName(name).getDeclaredMethods()).filter(m -> m.isAnnotationPresent(PostMapping.class))
                    .flatMap(m -> Arrays.stream(m.getParameters()))
                    .filter(p -> p.isAnnotationPresent(org.springframework.web.bind.annotation.ModelAttribute.class))
                    .forEach(p -> assertThat(p.getType().isRecord()).as("%s binds %s", name, p.getType().getSimpleName()).isTrue());
        }
    }
}

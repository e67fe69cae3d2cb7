package org.safeshare.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every page and endpoint binds its posted form to a record, through the constructor only: a field the record does not
 * name is never read (mass assignment), and no handler reads request parameters by name from a map.
 */
class FormsBindToRecordsTest {


    private static List<Class<?>> controllers() throws ClassNotFoundException {
        var scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Controller.class));
        List<Class<?>> found = new ArrayList<>();
        for (var candidate : scan.findCandidateComponents("org.safeshare")) {
            found.add(Class.forName(candidate.getBeanClassName()));
        }
        return found;
    }

    private static List<Method> handlers(Class<?> controller) {
        return Arrays.stream(controller.getDeclaredMethods()).filter(m -> AnnotatedElementUtils.hasAnnotation(m, RequestMapping.class)).toList();
    }

    @Test
    void noHandlerOfAnyControllerReadsAMapOfRequestParameters() throws Exception {
        List<Class<?>> controllers = controllers();
        assertThat(controllers).as("controllers found").hasSizeGreaterThan(40);
        List<String> mapped = new ArrayList<>();
        for (Class<?> controller : controllers) {
            for (Method handler : handlers(controller)) {
                for (Parameter p : handler.getParameters()) {
                    if (Map.class.isAssignableFrom(p.getType())) {
                        mapped.add(controller.getSimpleName() + "." + handler.getName());
                    }
                }
            }
        }
        assertThat(mapped).as("handlers reading a map of request parameters").isEmpty();
    }

    @Test
    void everyPostedFormIsARecordBoundThroughItsConstructorOnly() throws Exception {
        for (Class<?> controller : controllers()) {
            for (Method handler : handlers(controller)) {
                for (Parameter p : handler.getParameters()) {
                    if (p.isAnnotationPresent(ModelAttribute.class)) {
                        assertThat(p.getType().isRecord()).as("%s.%s binds %s", controller.getSimpleName(), handler.getName(),
                                p.getType().getSimpleName()).isTrue();
                        assertThat(controller.isAnnotationPresent(RecordForms.Bound.class))
                                .as("%s binds through constructors only", controller.getSimpleName()).isTrue();
                    }
                }
            }
        }
    }
}

package org.safeshare;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * What the JSON API takes and returns is its own records with plain values (ADR 0013, ADR 0022): no domain type (one of a
 * module's {@code domain} packages, or a record, id or enumeration of a module's root package) is a request or response
 * body, or a part of one, so that renaming a domain field never renames a field of /api/v1.
 */
class ApiBodiesTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safeshare");

    /**
     * Found by this test on 2 December 2026 and since given their own records (the consent, information request, agreement,
     * decision, disclosure, referral and holders APIs; ADR 0022): none is left, and none is to be added.
     */
    private static final Set<String> NOT_YET_OWN_RECORDS = Set.of();

    @Test
    void apiBodiesHoldNoDomainType() {
        Set<String> leaks = new TreeSet<>();
        for (JavaClass api : MAIN.stream().filter(c -> c.getPackageName().matches("org\\.safeshare\\.\\w+\\.api")).toList()) {
            for (JavaMethod endpoint : api.getMethods().stream().filter(ApiBodiesTest::isEndpoint).toList()) {
                Deque<JavaType> body = new ArrayDeque<>();
                body.push(endpoint.getReturnType());
                endpoint.getParameters().stream().filter(p -> p.getAnnotations().stream().anyMatch(a -> List.of("RequestBody", "RequestParam")
                        .contains(a.getRawType().getSimpleName()))).forEach(p -> body.push(p.getType()));
                walk(body, new HashSet<>()).forEach(t -> leaks.add(endpoint.getOwner().getSimpleName() + " -> " + t));
            }
        }
        assertThat(leaks).isSubsetOf(NOT_YET_OWN_RECORDS);
    }

    /** The domain types reachable from a body: through type arguments, and through the components of the API's own records. */
    private static Set<String> walk(Deque<JavaType> todo, Set<String> seen) {
        Set<String> found = new TreeSet<>();
        while (!todo.isEmpty()) {
            JavaType type = todo.pop();
            if (type instanceof JavaParameterizedType p) {
                p.getActualTypeArguments().forEach(todo::push);
            }
            JavaClass raw = type.toErasure();
            if (raw.isArray()) {
                todo.push(raw.getComponentType());
                continue;
            }
            if (!seen.add(raw.getName()) || !raw.getPackageName().startsWith("org.safeshare.")) {
                continue;
            }
            if (isDomain(raw)) {
                found.add(raw.getName().replace("org.safeshare.", ""));
            } else {
                raw.getFields().stream().filter(f -> !f.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                        .forEach(f -> todo.push(f.getType()));
            }
        }
        return found;
    }

    private static boolean isDomain(JavaClass type) {
        String module = type.getPackageName().replaceFirst("^org\\.safeshare\\.(\\w+).*", "$1");
        boolean root = type.getPackageName().equals("org.safeshare." + module);
        return !module.equals("platform") && (root || type.getPackageName().contains(".domain"));
    }

    private static boolean isEndpoint(JavaMethod method) {
        return method.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().equals("org.springframework.web.bind.annotation")
                && a.getRawType().getSimpleName().endsWith("Mapping"));
    }
}

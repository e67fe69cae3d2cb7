package org.safeshare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.domain.JavaParameterizedType;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.safeshare.platform.security.Actor;
import org.safeshare.platform.web.RecordForms;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The module boundaries declared in each package-info.java hold, and domain code stays plain Java. */
class ModuleStructureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.safeshare");

    @Test
    void modulesOnlyUseTheDependenciesTheyDeclare() {
        ApplicationModules.of(SafeshareApplication.class).verify();
    }

    @Test
    void domainPackagesImportNoSpringServletOrPersistence() {
        // package-info may carry Spring Modulith metadata (a named interface); it holds no code.
        noClasses().that().resideInAPackage("org.safeshare..domain..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..", "java.sql..",
                        "org.safeshare..persistence..", "org.safeshare..web..", "org.safeshare..api..")
                .check(MAIN);
    }

    @Test
    void consentNeverCallsTheDecisionsModule() {
        // A withdrawal finds the decisions that relied on a consent among consent's own records (ADR 0012); consent
        // uses decisions' vocabulary and events only, never its facade or its records.
        noClasses().that().resideInAPackage("org.safeshare.consent..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.safeshare.decisions.Decisions")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.safeshare.decisions.DecisionRecord")
                .orShould().dependOnClassesThat().resideInAPackage("org.safeshare.decisions.persistence..")
                .check(MAIN);
    }

    @Test
    void onlyTheDemoSeederAndAdministrationPagesUseTheSetUpApi() {
        // Set-up records people, accounts and organisations with no one signed in (docs/adr/0014): a module's guarded
        // use cases stay at its root, and nothing a user reaches may go round them through set-up.
        noClasses().that().resideOutsideOfPackages("org.safeshare.demo..", "org.safeshare..setup..", "org.safeshare.accounts.web..",
                        "org.safeshare.organisations.web..")
                .should().dependOnClassesThat().resideInAPackage("org.safeshare..setup..")
                .check(MAIN);
    }

    @Test
    void setUpOperationsAreNotOnTheModulesFacades() {
        // A facade at a module's root holds guarded use cases, each taking the actor it guards against; a set-up
        // operation (provision, register, ensure, with no actor) lives in its module's setup package.
        noMethods().that().areDeclaredInClassesThat().resideInAnyPackage("org.safeshare.accounts", "org.safeshare.organisations",
                        "org.safeshare.people")
                .and().arePublic().and().haveNameMatching("(provision|register|ensure).*")
                .and(new DescribedPredicate<JavaMethod>("take no actor") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return method.getRawParameterTypes().stream().noneMatch(t -> t.isEquivalentTo(Actor.class));
                    }
                })
                .should().bePublic()
                .allowEmptyShould(true)
                .check(MAIN);
    }

    @Test
    void peopleAndAccountsPagesBindEachFormToARecord() {
        // A posted form binds to a record through its constructor only (RecordForms): a field the record does not name
        // is never bound. Loose request parameters (more than one) and maps take whatever is posted.
        methods().that().areDeclaredInClassesThat().resideInAnyPackage("org.safeshare.people.web", "org.safeshare.accounts.web")
                .and().areAnnotatedWith(PostMapping.class)
                .should(new ArchCondition<JavaMethod>("bind a record, or at most one request parameter and never a map") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        List<JavaParameter> loose = method.getParameters().stream().filter(p -> p.isAnnotatedWith(RequestParam.class)).toList();
                        boolean map = loose.stream().anyMatch(p -> p.getRawType().isAssignableTo(java.util.Map.class));
                        boolean record = method.getParameters().stream().anyMatch(p -> p.isAnnotatedWith(ModelAttribute.class));
                        boolean bound = method.getOwner().isAnnotatedWith(RecordForms.Bound.class);
                        if (loose.size() > 1 || map || (record && !bound)) {
                            events.add(SimpleConditionEvent.violated(method, method.getFullName() + " binds " + loose.size()
                                    + " loose parameters" + (map ? ", a map" : "") + (record && !bound ? ", a record without RecordForms.Bound" : "")));
                        }
                    }
                })
                .check(MAIN);
    }

    @Test
    void theConsentVocabularyHasOneOwner() {
        // Purpose, consent status and who gave consent are words of the decisions engine's domain, which consent uses
        // (ADR 0013); the API edges spell them in their own records, so those are left out here.
        Map<String, List<String>> owners = MAIN.stream().filter(c -> !c.getPackageName().contains(".api"))
                .filter(c -> List.of("PurposeCategory", "ConsentStatus", "ConsentGiver", "ConsentPosition").contains(c.getSimpleName()))
                .collect(Collectors.groupingBy(JavaClass::getSimpleName, Collectors.mapping(JavaClass::getName, Collectors.toList())));
        org.assertj.core.api.Assertions.assertThat(owners).allSatisfy((name, types) ->
                org.assertj.core.api.Assertions.assertThat(types).as(name).hasSize(1));
        org.assertj.core.api.Assertions.assertThat(owners.get("ConsentGiver")).containsExactly(
                "org.safeshare.decisions.domain.vocabulary.ConsentGiver");
    }

    @Test
    void apiBodiesAreTheirOwnRecords() {
        // A renamed domain field must not rename a field of the public API (ADR 0013): the decisions and consent API
        // bodies, and what their endpoints take and return, hold no domain facts, consent terms or consent records.
        List<String> leaks = MAIN.stream().filter(c -> c.getPackageName().equals("org.safeshare.decisions.api")
                        || c.getPackageName().equals("org.safeshare.consent.api"))
                .flatMap(c -> java.util.stream.Stream.concat(
                        c.getFields().stream().filter(f -> isDomainBody(f.getType())).map(f -> f.getFullName()),
                        c.getMethods().stream().filter(ModuleStructureTest::isEndpoint)
                                .filter(m -> isDomainBody(m.getReturnType()) || m.getParameters().stream().anyMatch(p -> isDomainBody(p.getType())))
                                .map(JavaMethod::getFullName)))
                .toList();
        org.assertj.core.api.Assertions.assertThat(leaks).isEmpty();
    }

    private static boolean isEndpoint(JavaMethod method) {
        return method.getAnnotations().stream().anyMatch(a -> a.getRawType().getPackageName().equals("org.springframework.web.bind.annotation")
                && a.getRawType().getSimpleName().endsWith("Mapping"));
    }

    private static boolean isDomainBody(JavaType type) {
        String name = type.toErasure().getName();
        boolean domain = name.startsWith("org.safeshare.decisions.SharingFacts") || List.of("org.safeshare.decisions.DecisionRecord",
                "org.safeshare.consent.ConsentRecord", "org.safeshare.consent.domain.ConsentTerms", "org.safeshare.consent.domain.Withdrawal")
                .contains(name);
        return domain || type instanceof JavaParameterizedType t && t.getActualTypeArguments().stream().anyMatch(ModuleStructureTest::isDomainBody);
    }

    @Test
    void facadesAboutAPersonTakeTheCapabilityNotAnId() {
        // Writes too: a write that took a bare PersonId could skip the guarded read (ADR 0012, ADR 0013).
        List<String> bare = MAIN.stream().filter(c -> List.of("org.safeshare.consent", "org.safeshare.decisions").contains(c.getPackageName()))
                .flatMap(c -> c.getMethods().stream()).filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .filter(ModuleStructureTest::takesAPersonId).map(JavaMethod::getFullName).toList();
        org.assertj.core.api.Assertions.assertThat(bare).isEmpty();
    }

    private static boolean takesAPersonId(JavaMethod method) {
        return method.getParameters().stream().anyMatch(p -> isPersonId(p.getType()) || p.getType() instanceof JavaParameterizedType t
                && t.getActualTypeArguments().stream().anyMatch(ModuleStructureTest::isPersonId));
    }

    private static boolean isPersonId(JavaType type) {
        return type.toErasure().getName().equals("org.safeshare.people.PersonId");
    }

    @Test
    void domainPackagesExist() {
        // The rule above passes vacuously if no domain package exists; make sure it is checking something.
        org.assertj.core.api.Assertions.assertThat(MAIN.stream().filter(c -> c.getPackageName().contains(".domain")).count())
                .isGreaterThan(3);
    }
}

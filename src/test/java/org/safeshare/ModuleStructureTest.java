package org.safeshare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
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
    void domainPackagesExist() {
        // The rule above passes vacuously if no domain package exists; make sure it is checking something.
        org.assertj.core.api.Assertions.assertThat(MAIN.stream().filter(c -> c.getPackageName().contains(".domain")).count())
                .isGreaterThan(3);
    }
}

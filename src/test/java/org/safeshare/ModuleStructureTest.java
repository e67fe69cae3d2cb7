package org.safeshare;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

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
    void domainPackagesExist() {
        // The rule above passes vacuously if no domain package exists; make sure it is checking something.
        org.assertj.core.api.Assertions.assertThat(MAIN.stream().filter(c -> c.getPackageName().contains(".domain")).count())
                .isGreaterThan(3);
    }
}

package org.safeshare.people.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class NoSpringInPeopleDomainTest {

    @Test
    void thePeopleDomainIsPlainJavaWithoutSpringOrTheDatabase() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.safeshare.people.domain");
        noClasses().that().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "org.safeshare.platform..")
                .check(classes);
    }
}

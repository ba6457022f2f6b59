package org.iops.decisions.counting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The counting library stays a plain library that the {@code tally} command runs without Spring: none of its classes
 * uses Spring, the web layer, jte or the servlet API. Results are rendered for pages by {@code decisions.results},
 * which may. (The packages' {@code package-info} carries Spring Modulith's {@code @NamedInterface}, an annotation
 * read by the module checks only; package-info is left out here.)
 */
class CountingLibraryIsFrameworkFreeTests {

    @Test
    void countingPackagesUseNoFrameworkAndNoWebLayer() {
        JavaClasses library = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.iops.decisions.counting");

        noClasses().that().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.iops.web..",
                        "org.iops.decisions.results..", "gg.jte..", "jakarta..")
                .because("the counting library runs without Spring (the tally command) and knows no page")
                .check(library);
    }

    @Test
    void theRuleCatchesAClassThatUsesTheWebLayer() {
        JavaClasses renderer = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.iops.decisions.results");

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> noClasses()
                        .should().dependOnClassesThat().resideInAnyPackage("org.iops.web..")
                        .check(renderer))
                .isInstanceOf(AssertionError.class).hasMessageContaining("ResultText");
    }
}

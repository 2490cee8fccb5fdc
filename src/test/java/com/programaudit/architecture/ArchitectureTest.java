package com.programaudit.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the arrows pointing one way: plain model, KIE only in the engine, POI only where workbooks are read or copied. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.programaudit");
    }

    @Test
    void modelHasNoPoiNoDroolsNoOtherProjectPackage() {
        noClasses().that().resideInAPackage("com.programaudit.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..", "org.drools..", "org.kie..",
                        "com.programaudit.importer..", "com.programaudit.engine..", "com.programaudit.report..",
                        "com.programaudit.cli..", "com.fasterxml..")
                .check(classes);
    }

    @Test
    void onlyTheEngineKnowsKie() {
        noClasses().that().resideOutsideOfPackage("com.programaudit.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("org.kie..", "org.drools..")
                .check(classes);
    }

    /** POI reads workbooks in the importer; only the writers of workbook copies (annotated, fixed) use it too. */
    @Test
    void onlyTheImporterAndTheWorkbookWritersKnowPoi() {
        noClasses().that().resideOutsideOfPackages("com.programaudit.importer..", "com.programaudit.workbook..")
                .and().haveNameNotMatching("com\\.programaudit\\.(fix\\.(FixWriter|CsvFixer)|report\\.AnnotatedWorkbook)(\\$.*)?")
                .should().dependOnClassesThat().resideInAnyPackage("org.apache.poi..")
                .check(classes);
    }

    @Test
    void reportsAndCommandLineDoNotReachIntoTheImporter() {
        noClasses().that().resideInAnyPackage("com.programaudit.report..", "com.programaudit.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("com.programaudit.importer..")
                .check(classes);
    }

    @Test
    void onlyTheWebPackageKnowsTheWebServer() {
        noClasses().that().resideOutsideOfPackage("com.programaudit.web..")
                .should().dependOnClassesThat().resideInAnyPackage("io.javalin..", "org.eclipse.jetty..", "jakarta.servlet..")
                .check(classes);
    }
}

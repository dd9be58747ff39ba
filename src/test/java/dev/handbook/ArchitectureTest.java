package dev.handbook;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The stages of the pipeline, each importing only those before it: model, findings, content, check,
 * render, site, cli. And the libraries each stage owns: Flexmark and Jsoup's sanitiser belong to
 * reading, Freemarker to rendering, picocli to the command line.
 */
@AnalyzeClasses(packages = "dev.handbook", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  @ArchTest
  static final ArchRule stagesLookOnlyBackwards =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("model")
          .definedBy("dev.handbook.model..")
          .layer("findings")
          .definedBy("dev.handbook.findings..")
          .layer("content")
          .definedBy("dev.handbook.content..")
          .layer("check")
          .definedBy("dev.handbook.check..")
          .layer("render")
          .definedBy("dev.handbook.render..")
          .layer("site")
          .definedBy("dev.handbook.site..")
          .layer("cli")
          .definedBy("dev.handbook.cli..")
          .whereLayer("cli")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("site")
          .mayOnlyBeAccessedByLayers("cli")
          .whereLayer("render")
          .mayOnlyBeAccessedByLayers("site", "cli")
          .whereLayer("check")
          .mayOnlyBeAccessedByLayers("render", "site", "cli")
          .whereLayer("content")
          .mayOnlyBeAccessedByLayers("check", "render", "site", "cli")
          .whereLayer("findings")
          .mayOnlyBeAccessedByLayers("content", "check", "render", "site", "cli");

  @ArchTest
  static final ArchRule everyClassBelongsToAStage =
      classes()
          .that()
          .doNotHaveSimpleName("package-info")
          .should()
          .resideInAnyPackage(
              "dev.handbook.model..",
              "dev.handbook.findings..",
              "dev.handbook.content..",
              "dev.handbook.check..",
              "dev.handbook.render..",
              "dev.handbook.site..",
              "dev.handbook.cli..");

  @ArchTest
  static final ArchRule theModelIsPlainJava =
      classes()
          .that()
          .resideInAPackage("dev.handbook.model..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("java..", "dev.handbook.model..");

  @ArchTest
  static final ArchRule onlyReadingSeesFlexmark =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.handbook.content..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("com.vladsch.flexmark..");

  @ArchTest
  static final ArchRule onlyRenderingSeesFreemarker =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.handbook.render..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("freemarker..");

  @ArchTest
  static final ArchRule onlyTheCommandLineSeesPicocli =
      noClasses()
          .that()
          .resideOutsideOfPackage("dev.handbook.cli..")
          .should()
          .dependOnClassesThat()
          .resideInAPackage("picocli..");
}

package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's templates are code from the repository, run on every push: they get the data and
 * nothing else. Each way out is tried from a project template, and each fails the build (exit 2,
 * naming the template) without doing what it tried and without touching the previous site.
 */
class TemplateSandboxTest {
  @TempDir Path root;
  @TempDir Path outside;

  @BeforeEach
  void aBuiltSite() {
    TestHandbooks.fixtureIn(root);
    assertEquals(0, CliRun.in(root, "build").status());
  }

  private CliRun buildWithPageTemplate(String body) throws IOException {
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(
        root.resolve("templates/page.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page>" + body + "</@l.page>");
    return CliRun.in(root, "build");
  }

  private void assertRefused(CliRun run, String what) throws IOException {
    assertEquals(2, run.status(), what + ": " + run.out() + run.err());
    assertTrue(run.err().contains("page.ftlh"), what + " names the template: " + run.err());
    assertEquals(1, run.err().lines().count(), "one line, no stack trace: " + run.err());
    assertTrue(
        Files.readString(root.resolve("site/pages/glossary.html")).contains("<h1>Glossary</h1>"),
        "the previous site stays");
  }

  @Test
  void newCannotConstructExecuteOrAnyClass() throws IOException {
    Path proof = outside.resolve("ran");
    CliRun run =
        buildWithPageTemplate(
            "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"touch "
                + proof
                + "\")}");
    assertRefused(run, "?new Execute");
    assertFalse(Files.exists(proof), "the command never ran");
    assertRefused(
        buildWithPageTemplate(
            "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.io.File\", \"/\")}"),
        "?new ObjectConstructor");
  }

  @Test
  void apiAndJavaMethodsAreOutOfReach() throws IOException {
    assertRefused(buildWithPageTemplate("${title?api.getClass()}"), "?api");
    assertRefused(buildWithPageTemplate("${urls?api.get(\"index\")}"), "?api on a map");
    assertRefused(buildWithPageTemplate("${title.getClass().getName()}"), "getClass()");
    assertRefused(buildWithPageTemplate("${urls.getClass()}"), "a map's getClass()");
  }

  @Test
  void aTemplateThatCallsItselfForeverIsOneLineExitTwo() throws IOException {
    CliRun run = buildWithPageTemplate("<#macro again><@again/></#macro><@again/>");
    assertEquals(2, run.status(), run.out() + run.err());
    assertEquals(1, run.err().lines().count(), run.err());
  }

  @Test
  void assetsArePlainFilesInsideTemplatesOnly() throws IOException {
    Path secret = outside.resolve("secret.txt");
    Files.writeString(secret, "the machine's own file");
    Files.createDirectories(root.resolve("templates/assets"));
    Files.createSymbolicLink(root.resolve("templates/assets/leak.txt"), secret);
    CliRun run = CliRun.in(root, "build");
    assertEquals(2, run.status(), run.out() + run.err());
    assertTrue(
        run.err().contains("templates/assets/leak.txt is a symbolic link; only plain files"),
        run.err());
    assertFalse(Files.exists(root.resolve("site/assets/leak.txt")));
    assertNoDraftLeft();
  }

  /** A build that failed while writing (an I/O error, here) removed its own draft. */
  private void assertNoDraftLeft() throws IOException {
    try (var left = Files.list(root)) {
      assertEquals(
          List.of(".site.lock", "content", "site", "templates"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aTemplateLinkedFromOutsideIsRefused() throws IOException {
    Path evil = outside.resolve("page.ftlh");
    Files.writeString(evil, "<p>from outside</p>");
    Files.createDirectories(root.resolve("templates"));
    Files.createSymbolicLink(root.resolve("templates/page.ftlh"), evil);
    CliRun run = CliRun.in(root, "build");
    assertRefused(run, "a linked template");
    assertTrue(run.err().contains("leads outside templates/"), run.err());
    assertFalse(
        Files.readString(root.resolve("site/pages/glossary.html")).contains("from outside"),
        "nothing from outside was rendered");
  }
}

package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import dev.handbook.model.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's templates/ overrides the defaults file by file; values and raw HTML never become
 * markup.
 */
class TemplatesAndEscapingTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  @TempDir Path root;

  @BeforeEach
  void fixture() {
    TestHandbooks.fixtureIn(root);
  }

  private Document build(String page) throws IOException {
    CliRun run = CliRun.in(root, "build");
    assertEquals(0, run.status(), run.out() + run.err());
    return Jsoup.parse(root.resolve("site").resolve(page).toFile(), "UTF-8");
  }

  @Test
  void aProjectTemplateReplacesTheDefaultOfTheSameNameOnly() throws IOException {
    Path templates = root.resolve("templates");
    Files.createDirectories(templates.resolve("assets"));
    Files.writeString(
        templates.resolve("page.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page><p id=\"custom\">Custom page for ${title}</p></@l.page>");
    Files.writeString(templates.resolve("assets/style.css"), "body { color: black; }");

    assertEquals(
        "Custom page for Glossary", build("pages/glossary.html").selectFirst("#custom").text());
    assertEquals(
        9,
        Jsoup.parse(root.resolve("site/workflows/launch-readiness.html").toFile(), "UTF-8")
            .select("section.section")
            .size());
    assertEquals("body { color: black; }", Files.readString(root.resolve("site/assets/style.css")));
  }

  @Test
  void frontMatterValuesAreEscapedByTheTemplates() throws IOException {
    TestHandbooks.edit(
        root, LR, "title: Launch Readiness Review", "title: \"Launch <b>Readiness</b> & Review\"");
    Document doc = build("workflows/launch-readiness.html");
    assertEquals("Launch <b>Readiness</b> & Review", doc.selectFirst("h1").text());
    assertTrue(doc.select("h1 b").isEmpty());
  }

  @Test
  void rawHtmlKeepsItsFormattingButLosesEveryScriptHandlerAndForeignSource() throws IOException {
    TestHandbooks.edit(
        root,
        LR,
        "A launch brief is approved.",
        "A launch brief is <b>approved</b>.<script>alert(1)</script>"
            + "<span onclick=\"alert(2)\" style=\"color:red\">now</span><iframe src=\"https://evil.example\"></iframe>"
            + "<a href=\"https://example.com/\">x</a><img src=\"https://evil.example/t.png\">"
            + "<style>body{display:none}</style><form action=\"https://evil.example\"><input name=q></form>");
    Document doc = build("workflows/launch-readiness.html");
    Element trigger = doc.selectFirst("#trigger");
    assertEquals("approved", trigger.selectFirst("b").text());
    assertTrue(
        doc.select("main script, main style, iframe, form:not(.search), img").isEmpty(),
        trigger.html());
    assertTrue(doc.select("[onclick], [onerror], [style]").isEmpty(), trigger.html());
    assertEquals("x", trigger.selectFirst("a[href=https://example.com/]").text());
    assertEquals("now", trigger.selectFirst("span").text());
  }

  @Test
  void aMarkdownLinkWithAScriptSchemeIsAFinding() {
    TestHandbooks.edit(
        root,
        LR,
        "A launch brief is approved.",
        "A launch brief is [approved](javascript:alert(1)).");
    CliRun run = CliRun.in(root, "check");
    assertEquals(1, run.status());
    assertTrue(
        run.out()
            .contains(
                "error: link \"javascript:alert(1)\" uses the javascript: scheme, which can run code, embed content or leave the handbook in a reader's browser; link to a page of the handbook or an https:// address instead [broken-link]"),
        run.out());
  }

  @Test
  void aTemplateThatRendersABrokenLinkFailsTheBuildAndKeepsTheOldSite() throws IOException {
    assertEquals(0, CliRun.in(root, "build").status());
    String before = Files.readString(root.resolve("site/pages/glossary.html"));
    Path templates = root.resolve("templates");
    Files.createDirectories(templates);
    Files.writeString(
        templates.resolve("page.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page><p><a href=\"${root}nowhere.html\">gone</a> <a href=\"#missing\">here</a></p></@l.page>");

    CliRun run = CliRun.in(root, "build");

    assertEquals(1, run.status());
    assertTrue(run.out().contains("site/pages/glossary.html:"), run.out());
    assertTrue(
        run.out()
            .contains(
                "error: the rendered page links to \"../nowhere.html\", which does not exist in the site; fix the template or the content that produced it [broken-link]"),
        run.out());
    assertTrue(
        run.out()
            .contains(
                "error: the rendered page links to \"#missing\", which has no anchor #missing"),
        run.out());
    assertEquals(before, Files.readString(root.resolve("site/pages/glossary.html")));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(
          List.of(".site.lock", "content", "site", "templates"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "the draft the pages were written into is gone");
    }
  }

  @Test
  void aBrokenProjectTemplateIsAToolErrorNamingTheTemplateNotAStackTrace() throws IOException {
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(
        root.resolve("templates/page.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page>${noSuchValue}</@l.page>");
    CliRun run = CliRun.in(root, "build");
    assertEquals(2, run.status());
    assertTrue(
        run.err().startsWith("handbook: a template failed, so nothing was written: page.ftlh: "),
        run.err());
    assertTrue(run.err().contains("noSuchValue"), run.err());
    assertTrue(!run.err().contains("\tat "), "no stack trace");
    assertTrue(!Files.exists(root.resolve("site")));
  }

  @Test
  void anH2InsideAQuoteOrRawHtmlDoesNotShiftTheSections() throws IOException {
    TestHandbooks.edit(
        root,
        LR,
        "Every launch reaches its date",
        "> ## Note\n> quoted note\n\nEvery launch reaches its date");
    TestHandbooks.edit(
        root,
        LR,
        "A launch brief is approved.",
        "A launch brief is approved.\n\n<h2>Raw heading</h2>\n");
    Document doc = build("workflows/launch-readiness.html");
    assertEquals("Note", doc.selectFirst("#objective blockquote h2").text());
    assertTrue(doc.selectFirst("#trigger").text().contains("Raw heading"));
    assertTrue(
        doc.selectFirst("#consumers").text().contains("Demand leads"),
        doc.selectFirst("#consumers").text());
    assertTrue(
        doc.selectFirst("#failure-feedback-loop")
            .text()
            .contains("A missed item goes to the post-mortem"));
    // The mark that opens a hole, and the section attribute made from it, never reach a page.
    try (Stream<Path> files = Files.walk(root.resolve("site"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertFalse(Files.readString(f).contains(Prose.MARK), f + " holds the hole mark");
      }
    }
  }
}

package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Every page of the built handbook is valid HTML by the Nu HTML Checker, the W3C's validator, run
 * in-process through its Java API with the command line's default schema (HTML5 + SVG + MathML +
 * ARIA). Only errors fail the build; the validator's warnings are not asked for.
 */
class HtmlValidityIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  /** The schema `vnu` checks against by default; it ships inside the validator's jar. */
  private static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

  @TempDir static Path temp;
  static Path shippedSite;
  static Path shippedAuthorSite;
  static Path fixtureSite;
  static Path fixtureAuthorSite;

  @BeforeAll
  static void build() {
    shippedSite = temp.resolve("shipped-site");
    CliRun shipped = CliRun.in(PROJECT, "build", "--out", shippedSite.toString());
    assertEquals(0, shipped.status(), shipped.out() + shipped.err());
    shippedAuthorSite = temp.resolve("shipped-author");
    CliRun author =
        CliRun.in(PROJECT, "build", "--audience", "author", "--out", shippedAuthorSite.toString());
    assertEquals(0, author.status(), author.out() + author.err());

    Path fixture = TestHandbooks.fixtureIn(temp.resolve("fixture"));
    TestHandbooks.write(fixture, "private/author.yaml", "preferred: marketing-home\n");
    TestHandbooks.write(
        fixture, "private/notes.md", "---\ntitle: Notes\n---\n\n## Open points\n\n- One\n");
    CliRun run = CliRun.in(fixture, "build");
    assertEquals(0, run.status(), run.out() + run.err());
    fixtureSite = fixture.resolve("site");
    CliRun fixtureAuthor = CliRun.in(fixture, "build", "--audience", "author");
    assertEquals(0, fixtureAuthor.status(), fixtureAuthor.out() + fixtureAuthor.err());
    fixtureAuthorSite = fixture.resolve("site-author");
  }

  /** One validator error, as `file:line:column: message`. */
  record Problem(Path file, int line, int column, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + message;
    }
  }

  /** Validates each file in turn with one validator and returns every error, in file order. */
  static List<Problem> validate(List<Path> files) throws Exception {
    List<Problem> problems = new ArrayList<>();
    Path[] current = new Path[1];
    ErrorHandler collect =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {}

          @Override
          public void error(SAXParseException e) {
            add(e);
          }

          @Override
          public void fatalError(SAXParseException e) {
            add(e);
          }

          private void add(SAXParseException e) {
            problems.add(
                new Problem(current[0], e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
          }
        };
    // initializeParsers, no external-entity loading, no language detection (it only ever warns).
    SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, false);
    validator.setUpMainSchema(HTML5_SCHEMA, collect);
    validator.setUpValidatorAndParsers(collect, false, false);
    for (Path file : files) {
      current[0] = file;
      validator.checkHtmlFile(file.toFile(), true);
    }
    return problems;
  }

  static List<Path> pages(Path site) throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
    }
  }

  static String report(Path site, List<Problem> problems) {
    return problems.size()
        + " HTML error(s) in the site built at "
        + site
        + ":\n"
        + problems.stream()
            .map(
                p ->
                    "  "
                        + site.relativize(p.file())
                        + ":"
                        + p.line()
                        + ":"
                        + p.column()
                        + ": "
                        + p.message())
            .collect(Collectors.joining("\n"));
  }

  @Test
  void everyPageOfTheShippedHandbookIsValidHtml() throws Exception {
    List<Path> pages = pages(shippedSite);
    assertTrue(pages.size() > 40, "the shipped site has every kind of page: " + pages);
    for (String kind :
        List.of(
            "index.html",
            "search.html",
            "scope-map.html",
            "categories.html",
            "compare.html",
            "backlog.html",
            "placements/",
            "workflows/",
            "functions/",
            "pages/")) {
      assertTrue(
          pages.stream().anyMatch(p -> shippedSite.relativize(p).toString().startsWith(kind)),
          "no " + kind + " page to validate");
    }
    List<Problem> problems = validate(pages);
    assertTrue(problems.isEmpty(), report(shippedSite, problems));
  }

  @Test
  void everyPageOfTheAuthorsHandbooksIsValidHtml() throws Exception {
    // Findings, rule pages, private pages and the author's banner exist only here.
    List<Path> pages = pages(shippedAuthorSite);
    for (String kind : List.of("findings.html", "rules/")) {
      assertTrue(
          pages.stream().anyMatch(p -> shippedAuthorSite.relativize(p).toString().startsWith(kind)),
          "no " + kind + " page to validate");
    }
    List<Problem> problems = validate(pages);
    assertTrue(problems.isEmpty(), report(shippedAuthorSite, problems));
    List<Path> fixturePages = pages(fixtureAuthorSite);
    assertTrue(fixturePages.contains(fixtureAuthorSite.resolve("private/notes.html")));
    problems = validate(fixturePages);
    assertTrue(problems.isEmpty(), report(fixtureAuthorSite, problems));
  }

  @Test
  void everyPageOfTheFixtureHandbookIsValidHtml() throws Exception {
    // The fixture has tables, H3s, numbered headings, raw HTML shown as text and free pages.
    List<Problem> problems = validate(pages(fixtureSite));
    assertTrue(problems.isEmpty(), report(fixtureSite, problems));
  }

  @Test
  void theValidatorReportsABrokenPageWithItsFileAndLine() throws Exception {
    // Guards the two tests above against a validator that silently checks nothing.
    Path page = temp.resolve("broken/index.html");
    Files.createDirectories(page.getParent());
    String html = Files.readString(shippedSite.resolve("index.html"));
    Files.writeString(
        page,
        html.replaceFirst("<main>", "<main>\n<p id=\"twice\"></p><div id=\"twice\"><span></div>"));
    // <main> is on line (newlines before it + 1); the duplicate id is on the line after it.
    int line =
        (int) html.substring(0, html.indexOf("<main>")).chars().filter(c -> c == '\n').count() + 2;

    List<Problem> problems = validate(List.of(page));
    assertTrue(
        problems.stream()
            .anyMatch(
                p ->
                    p.file().equals(page)
                        && p.line() == line
                        && p.message().contains("Duplicate ID")),
        report(page.getParent(), problems));
    assertTrue(
        problems.stream().anyMatch(p -> p.message().contains("span")),
        report(page.getParent(), problems));
  }
}

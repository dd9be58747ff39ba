package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import dev.handbook.findings.Rule;
import dev.handbook.model.Charter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §6: one source, two handbooks. The shared one (`build`) is what the CEO and CMO read: no
 * preference, no findings, nothing from `content/private/`, no indexing. The author's one (`build
 * --audience author`, and `serve`) has all of it, marked on every page.
 */
class TwoAudiencesTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  private static final String BANNER = "Author’s copy: do not share.";

  @TempDir Path root;

  @BeforeEach
  void privateMaterial() {
    TestHandbooks.fixtureIn(root);
    TestHandbooks.write(root, "private/author.yaml", "preferred: revops-home\n");
    TestHandbooks.write(
        root,
        "private/negotiation.md",
        "---\ntitle: Negotiation notes\n---\n\n## Position\n\nHold out for the analytics area.\n");
  }

  private static Map<String, String> files(Path site) {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(site)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(
            site.relativize(f).toString().replace('\\', '/'),
            Files.readString(f, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private static List<String> pages(Map<String, String> site) {
    return site.keySet().stream().filter(f -> f.endsWith(".html")).toList();
  }

  /** What a reader sees of a page: its text, title and alt texts, entities decoded. */
  private static String seen(String html) {
    Document d = Jsoup.parse(html);
    return d.title() + "\n" + d.body().text();
  }

  @Test
  void theSharedHandbookHoldsNoPreferenceNoFindingsAndNothingPrivate() {
    // A warning the author would fix before sharing: it stays out of the shared build.
    TestHandbooks.edit(
        root,
        "workflows/learning/launch-post-mortem.md",
        "- Which playbook rules change @cmo",
        "- Which playbook rules change @cmo\n- Next post-mortem format @lead");
    CliRun run = CliRun.in(root, "build");
    assertEquals(0, run.status(), run.out() + run.err());
    Map<String, String> site = files(root.resolve("site"));

    assertFalse(site.containsKey("findings.html"));
    assertTrue(
        site.keySet().stream().noneMatch(f -> f.startsWith("rules/")), site.keySet()::toString);
    assertTrue(
        site.keySet().stream().noneMatch(f -> f.startsWith("private/")), site.keySet()::toString);
    for (var file : site.entrySet()) {
      String text = file.getValue().toLowerCase(Locale.ROOT);
      // The stylesheet is shared by both handbooks and styles the findings page too; it holds
      // no content, but not the word "preferred" either.
      List<String> words =
          file.getKey().endsWith(".css")
              ? List.of("preferred")
              : List.of(
                  "preferred",
                  "negotiation",
                  "hold out",
                  "findings",
                  "role-decides",
                  "accountability without authority");
      for (String word : words) {
        assertFalse(text.contains(word), file.getKey() + " says \"" + word + "\"");
      }
      assertFalse(text.contains("author’s copy") || text.contains("author&rsquo;s copy"));
    }
    // Placements in alphabetical order of name, everywhere they are listed.
    Document index = Jsoup.parse(site.get("index.html"));
    assertEquals(
        List.of("Marketing-centered", "RevOps-centered"), index.select(".placement h3").eachText());
    assertEquals(
        List.of("Marketing-centered", "RevOps-centered"),
        Jsoup.parse(site.get("compare.html")).select(".placement h2").eachText());
  }

  @Test
  void theAuthorsHandbookHasItAllAndSaysSoOnEveryPage() {
    CliRun run = CliRun.in(root, "build", "--audience", "author");
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().contains("site-author/index.html"), run.out());
    assertFalse(Files.exists(root.resolve("site")), "the author's build leaves site/ alone");
    Map<String, String> site = files(root.resolve("site-author"));
    for (String page : pages(site)) {
      Document d = Jsoup.parse(site.get(page));
      assertEquals(BANNER, d.selectFirst(".author-copy strong").text(), page);
    }
    assertTrue(site.containsKey("findings.html"));
    assertTrue(site.containsKey("rules/scope-creep.html"));
    Document notes = Jsoup.parse(site.get("private/negotiation.html"));
    assertEquals("Negotiation notes", notes.selectFirst("h1").text());
    assertTrue(notes.text().contains("Hold out for the analytics area."));
    Document compare = Jsoup.parse(site.get("compare.html"));
    assertEquals(
        List.of("Marketing-centered", "RevOps-centered preferred"),
        compare.select(".placement h2").eachText(),
        "the author sees the preference, in the same order");
  }

  @Test
  void everyPageOfBothHandbooksKeepsSearchEnginesOut() {
    assertEquals(0, CliRun.in(root, "build").status());
    assertEquals(0, CliRun.in(root, "build", "--audience", "author").status());
    for (String out : List.of("site", "site-author")) {
      Map<String, String> site = files(root.resolve(out));
      assertEquals("User-agent: *\nDisallow: /\n", site.get("robots.txt").replaceAll("#.*\n", ""));
      for (String page : pages(site)) {
        assertEquals(
            "noindex, nofollow",
            Jsoup.parse(site.get(page)).selectFirst("meta[name=robots]").attr("content"),
            out + "/" + page);
      }
    }
  }

  @Test
  void aCharterThatStillNamesAPreferenceIsToldWhereItNowLives() {
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    name: RevOps-centered\n",
        "    name: RevOps-centered\n    preferred: true\n");
    CliRun run = CliRun.in(root, "check");
    assertEquals(1, run.status());
    assertTrue(
        run.out()
            .contains(
                "content/charter.yaml:46:5: error: \"preferred\" no longer belongs in the charter,"
                    + " which everyone who reads the repository sees: write `preferred:"
                    + " revops-home` in content/private/author.yaml"),
        run.out());
  }

  @Test
  void aSharedPageThatLinksIntoPrivateIsALeak() {
    TestHandbooks.edit(
        root,
        "pages/glossary.md",
        "## Placement\n",
        "## Placement\n\nSee [my notes](../private/negotiation.md).\n");
    CliRun check = CliRun.in(root, "check");
    assertEquals(1, check.status());
    assertTrue(
        check.out().contains("content/pages/glossary.md:")
            && check.out().contains("[private-leak]"),
        check.out());
    assertEquals(1, CliRun.in(root, "build").status());
    assertFalse(Files.exists(root.resolve("site")), "nothing is written");
  }

  /**
   * Terms planted where an author writes them: a workflow title, prose split by emphasis, an
   * ampersand written as an entity, a phrase wrapped across lines, a function's name in the
   * charter, a front-matter answer and a free page. Each is caught at its place in content by
   * `check` and by the shared build, which writes nothing.
   */
  @Test
  void aPlantedPrivateTermFailsCheckAndTheSharedBuildAtTheTerm() throws IOException {
    TestHandbooks.write(
        root,
        "private/never-publish.txt",
        "# terms the CEO and CMO must never read\nR&D\nProject Nightingale\nAcme Holdings\n"
            + "budget freeze\nsunset plan\n");
    // A title (front matter).
    TestHandbooks.edit(
        root, LR, "title: Launch Readiness Review", "title: Launch Readiness Review for R&D");
    // Prose: a phrase wrapped across two lines, one word emphasised.
    TestHandbooks.edit(
        root,
        LR,
        "Every launch reaches its date",
        "Every launch for Project\n*Nightingale* reaches its date");
    // A name in the charter.
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "{ id: sales, name: Sales }",
        "{ id: sales, name: Acme Holdings Sales }");
    // A front-matter answer to a prioritization question.
    String pm = "workflows/learning/launch-post-mortem.md";
    String text = Files.readString(root.resolve("content").resolve(pm));
    String whyNow = text.lines().filter(l -> l.contains("why-now:")).findFirst().orElseThrow();
    TestHandbooks.edit(root, pm, whyNow, whyNow.replace("why-now: ", "why-now: Budget freeze. "));
    // A free page: a phrase wrapped across lines, and the ampersand as an entity the page decodes.
    TestHandbooks.edit(
        root,
        "pages/glossary.md",
        "## Placement\n",
        "## Placement\n\nOur sunset\nplan, and R&amp;D.\n");

    CliRun check = CliRun.in(root, "check");
    CliRun build = CliRun.in(root, "build");
    CliRun author = CliRun.in(root, "build", "--audience", "author");
    assertEquals(1, check.status());
    assertEquals(1, build.status());
    assertEquals(1, author.status(), "a leak is an error: fixed before anything is built");
    assertTrue(author.out().startsWith(check.out()), author.out());
    assertFalse(Files.exists(root.resolve("site")), "a leaking build writes nothing");
    int titleLine = line(LR, "title:");
    int proseLine = line(LR, "Every launch for Project");
    for (String expected :
        List.of(
            "content/" + LR + ":" + titleLine + ":",
            "content/" + LR + ":" + proseLine + ":",
            "content/charter.yaml:" + line("charter.yaml", "Acme Holdings") + ":",
            "content/" + pm + ":" + line(pm, "Budget freeze") + ":",
            "content/pages/glossary.md:" + line("pages/glossary.md", "Our sunset") + ":",
            "content/pages/glossary.md:" + line("pages/glossary.md", "R&amp;D") + ":11:")) {
      assertTrue(check.out().contains(expected), expected + " in\n" + check.out());
      assertTrue(build.out().contains(expected), expected + " in\n" + build.out());
    }
    assertTrue(
        check
            .out()
            .contains(
                "error: a term that must never be published"
                    + " (content/private/never-publish.txt:2) is here and reaches the shared"
                    + " handbook in site/"),
        check.out());
    for (String term : List.of("R&D", "Nightingale", "Acme", "freeze", "sunset")) {
      assertFalse(
          check.out().toLowerCase(Locale.ROOT).contains(term.toLowerCase(Locale.ROOT)),
          "the report never prints a private term, which a CI log would publish: " + term);
    }
    long leaks = check.out().lines().filter(l -> l.endsWith("[private-leak]")).count();
    assertEquals(6, leaks, check.out());
  }

  @Test
  void termsAlsoComeFromAListOutsideTheContentAndAreReportedByServe() throws IOException {
    Path list = root.resolve("secret-terms.txt");
    Files.writeString(list, "analytics area\nGlossary\n");
    CliRun run = CliRun.in(root, "check", "--never-publish", list.toString());
    assertEquals(1, run.status());
    assertEquals(
        List.of(
            "content/pages/glossary.md:2:8: error: a term that must never be published"
                + " (secret-terms.txt:2) is here and reaches the shared handbook in"
                + " site/assets/search-index.js and 25 more files; take it out, or move this text"
                + " to content/private/ (see secret-terms.txt:2) [private-leak]",
            "1 error, 0 warnings, 0 infos in 3 workflows, 2 placements"),
        run.out().lines().toList(),
        "a private page is never shared, so its words (line 1) are not a leak");

    Pipeline.Settings plain =
        Pipeline.Settings.of(root.resolve("content"), p -> root.relativize(p).toString());
    Served first = new Pipeline(plain).serve(List.of());
    assertFalse(first.failed(), first.findings().toString());
    assertTrue(
        first.site().containsKey("private/negotiation.html"), "serve shows the author's handbook");
    Served served = new Pipeline(plain.withNeverPublish(list)).serve(List.of());
    assertTrue(served.failed(), "a leak is an error in serve as in check");
    List<String> leaks =
        served.findings().stream()
            .filter(f -> f.rule() == Rule.PRIVATE_LEAK)
            .map(f -> f.pos().file() + ":" + f.pos().line() + ":" + f.pos().column())
            .toList();
    assertEquals(List.of("content/pages/glossary.md:2:8"), leaks);
  }

  @Test
  void aLeakIsReportedNextToOtherErrorsAndNoReportPrintsATerm() throws IOException {
    TestHandbooks.write(
        root, "private/never-publish.txt", "# comment line\nScott\nC# rewrite\nAna\n");
    // An unknown heading that quotes a term, and the term in prose: rendering is impossible, yet
    // the leak is found, and no message prints the term.
    TestHandbooks.edit(root, LR, "## Trigger", "## Scott trigger");
    TestHandbooks.edit(
        root,
        "pages/glossary.md",
        "## Placement\n",
        "## Placement\n\nAsk Scott about the C# rewrite.\n");
    CliRun check = CliRun.in(root, "check");
    assertEquals(1, check.status());
    String out = check.out();
    assertTrue(out.contains("[unknown-section]"), out);
    assertTrue(
        out.contains("content/pages/glossary.md:11:5: error: a term that must never be published"),
        out);
    assertTrue(out.contains("content/pages/glossary.md:11:21: error: a term"), out);
    assertTrue(
        out.contains("\"[never-publish term, content/private/never-publish.txt:2] trigger\""), out);
    assertFalse(out.contains("Scott") || out.contains("C# rewrite"), out);
    // Whole words only: "Ana" is not in "analytics"; "#" inside a term is part of it.
    assertFalse(out.contains("never-publish.txt:4"), out);
    assertEquals(3, out.lines().filter(l -> l.endsWith("[private-leak]")).count(), out);
  }

  @Test
  void emptyTeamsAndPlacementsAreFindings() {
    TestHandbooks.write(
        root,
        "charter.yaml",
        TestHandbooks.read(root, "charter.yaml")
            .replaceFirst("(?s)placements:.*?\ncategories:", "placements: []\ncategories:"));
    CliRun check = CliRun.in(root, "check");
    assertEquals(1, check.status());
    assertTrue(
        check.out().contains("error: \"placements\" is empty; describe at least one placement"),
        check.out());
  }

  @Test
  void oneHolderWhoIsTheRoleOnOnePageWithTheTeamCountedAsThree() {
    assertEquals(0, CliRun.in(root, "build").status());
    Map<String, String> site = files(root.resolve("site"));
    assertFalse(
        site.containsKey("functions/lead.html"), "the holder has no page apart from the role");
    Document role = Jsoup.parse(site.get("functions/ops-role.html"));
    assertEquals("Director, GTM Operations", role.selectFirst("h1").text());
    assertTrue(role.text().contains("Execution Lead"), "the role page names who holds it");
    Document index = Jsoup.parse(site.get("index.html"));
    assertTrue(index.text().contains("A team of 3, the role holder included"), index.text());
    for (String page : pages(site)) {
      String text = seen(site.get(page));
      assertFalse(text.contains("team of 3 and") || text.contains("and a team of 3"), page);
      assertFalse(text.contains("functions/lead.html"), page);
    }
    assertEquals(
        List.of("Execution Lead", "Marketing Ops", "Marketing Analytics"),
        index.select(".team tbody th").eachText().stream()
            .map(t -> t.replaceFirst(" \\(.*", ""))
            .toList());

    TestHandbooks.edit(
        root,
        "charter.yaml",
        "{ id: lead, title: Execution Lead, holder: true }",
        "{ id: lead, title: Execution Lead }");
    CliRun none = CliRun.in(root, "check");
    assertEquals(1, none.status());
    assertTrue(none.out().contains("[missing-field]") && none.out().contains("holder"), none.out());
  }

  @Test
  void noPageOfEitherAudienceShowsRawMarkupRepeatsANameOrDoublesItsTitle() throws IOException {
    assertEquals(0, CliRun.in(root, "build").status());
    assertEquals(0, CliRun.in(root, "build", "--audience", "author").status());
    List<String> problems = new ArrayList<>();
    for (String out : List.of("site", "site-author")) {
      problems.addAll(readingProblems(root.resolve("content"), root.resolve(out)));
    }
    assertEquals(List.of(), problems);
  }

  /** The same reading, on the shipped handbook the CEO and CMO get, in both audiences. */
  @Test
  void theShippedHandbookReadsCleanlyInBothAudiences() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String audience : List.of("shared", "author")) {
      Path out = root.resolve("shipped-" + audience);
      CliRun run =
          CliRun.in(
              root,
              "build",
              "--content",
              TestHandbooks.SHIPPED.toString(),
              "--audience",
              audience,
              "--out",
              out.toString());
      assertEquals(0, run.status(), run.out() + run.err());
      problems.addAll(readingProblems(TestHandbooks.SHIPPED, out));
    }
    assertEquals(List.of(), problems);
  }

  /**
   * What a reader would trip over on any page: a raw `@id` or `[[...]]`, a word group or a party's
   * name said twice in a row in one list item, a title that names the role twice.
   */
  private static List<String> readingProblems(Path content, Path out) throws IOException {
    Charter charter =
        new Pipeline(Pipeline.Settings.of(content, Path::toString)).check().handbook().charter();
    List<String> names = new ArrayList<>();
    names.add(charter.role().name());
    charter.functions().forEach(f -> names.add(f.name()));
    charter.members().forEach(m -> names.add(m.name()));
    List<String> problems = new ArrayList<>();
    Map<String, String> site = files(out);
    String where = out.getFileName() + "/";
    for (String page : pages(site)) {
      Document d = Jsoup.parse(site.get(page));
      // Rule pages show the syntax itself, as code: what a reader sees as prose is checked.
      int[] codes = {0};
      d.select("code, pre").forEach(c -> c.replaceWith(new TextNode("CODE" + codes[0]++)));
      String text = d.title() + "\n" + d.body().text();
      if (text.matches("(?s).*(^|\\s)@[a-z][a-z0-9-]*.*")) {
        problems.add(where + page + ": raw @mention");
      }
      if (text.contains("[[") || text.contains("]]")) {
        problems.add(where + page + ": raw [[link]]");
      }
      for (String doubled : List.of(".;", ";.", ".,", ",.", ";;", ",,")) {
        if (text.contains(doubled)) {
          problems.add(where + page + ": doubled punctuation \"" + doubled + "\"");
        }
      }
      String title = d.title();
      String role = charter.role().name();
      if (title.indexOf(role) != title.lastIndexOf(role)) {
        problems.add(where + page + ": title doubles the role: " + title);
      }
      for (var li : d.select("main li")) {
        if (li.select("li").size() > 1) {
          continue; // a list of lists: its leaves are read one by one
        }
        String item = li.text();
        String[] words =
            List.of(item.split(" ")).stream()
                .filter(w -> w.matches(".*\\p{L}.*"))
                .toArray(String[]::new);
        for (int n = 2; n <= 4; n++) {
          for (int i = 0; i + 2 * n <= words.length; i++) {
            String a = String.join(" ", List.of(words).subList(i, i + n));
            String b = String.join(" ", List.of(words).subList(i + n, i + 2 * n));
            if (a.equals(b)) {
              problems.add(where + page + ": \"" + a + "\" twice in \"" + item + "\"");
            }
          }
        }
        // The bug readers saw: an item that ends with a party's name it already said.
        String end = item.replaceFirst("[.;,:]$", "");
        for (String name : names) {
          if (end.endsWith(" " + name)
              && !end.endsWith(": " + name) // "Sales execution: Sales" names an area's owner
              && end.substring(0, end.length() - name.length())
                  .matches(
                      "(?s)(.*[^\\p{L}\\p{N}-])?"
                          + Pattern.quote(name)
                          + "([^\\p{L}\\p{N}-].*)?")) {
            problems.add(where + page + ": " + name + " twice in \"" + item + "\"");
          }
        }
      }
    }
    return problems;
  }

  @Test
  void theScopeMapLabelsSayWhatIsTrueOfEachBox() {
    assertEquals(0, CliRun.in(root, "build").status());
    Document map = Jsoup.parse(files(root.resolve("site")).get("scope-map.html"));
    List<String> tags =
        map.select("#map-revops-home ~ .map-scroll svg text.area-tag:not(.sor)").eachText();
    List<String> names = map.select("#map-revops-home ~ .map-scroll svg a > title").eachText();
    assertEquals(names.size(), tags.size());
    for (int i = 0; i < names.size(); i++) {
      // The box's title names the area and the role's stance; its tag says the same stance.
      String stance = names.get(i).replaceFirst("^[^:]*: ", "");
      assertTrue(tags.get(i).startsWith(stance), names.get(i) + " is tagged " + tags.get(i));
    }
    assertEquals(
        List.of(
            "the role owns it",
            "the role owns it",
            "the role owns it",
            "not the role's",
            "the role partners on it"),
        tags);
    assertEquals(
        List.of("system of record"),
        map.select(
                "#map-revops-home ~ .map-scroll svg a:has(title:contains(Lifecycle)) text.area-tag.sor")
            .eachText());
  }

  private int line(String relative, String needle) {
    try {
      List<String> lines = Files.readAllLines(root.resolve("content").resolve(relative));
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).contains(needle)) {
          return i + 1;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new AssertionError(needle + " not in " + relative);
  }
}

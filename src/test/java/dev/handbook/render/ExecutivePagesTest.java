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
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7 as a reader sees it on the fixture: the brief, the impact on each leader, and the
 * author's review, read from the built pages with Jsoup.
 */
class ExecutivePagesTest {
  @TempDir static Path root;

  @BeforeAll
  static void build() {
    TestHandbooks.fixtureIn(root);
    // Who does the work: Sales does part of the execution system without a say in its workflow.
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "  - id: execution-system\n    name: Execution operating system\n    kind: how\n    owner: cmo",
        "  - id: execution-system\n    name: Execution operating system\n    kind: how\n"
            + "    owner: cmo\n    done-by: [mops, sales]\n    suppress:\n");
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    done-by: [mops, sales]\n    suppress:\n",
        "    done-by: [mops, sales]\n");
    TestHandbooks.write(root, "private/author.yaml", "preferred: revops-home\n");
    assertEquals(0, CliRun.in(root, "build").status());
    CliRun author = CliRun.in(root, "build", "--audience", "author");
    assertEquals(0, author.status(), author.out());
  }

  static Document page(String site, String path) throws IOException {
    return Jsoup.parse(root.resolve(site).resolve(path).toFile(), "UTF-8");
  }

  @Test
  void theIndexLeadsToTheBriefOnItsFirstScreen() throws IOException {
    Document index = page("site", "index.html");
    Element first = index.selectFirst("main p.brief-link a");
    assertEquals("brief.html", first.attr("href"));
    List<Element> order = index.selectFirst("main").select("*");
    assertTrue(
        order.indexOf(first) < order.indexOf(index.selectFirst("main h2")),
        "the brief is offered before the first section");
  }

  @Test
  void theBriefSaysEverythingAnExecutiveNeedsOnOnePage() throws IOException {
    Document brief = page("site", "brief.html");
    assertEquals(
        "This role owns how work gets done, not what work gets prioritized.",
        brief.selectFirst(".brief .thesis").text());
    List<Element> placements = brief.select(".brief-placement");
    assertEquals(
        List.of("Marketing-centered", "RevOps-centered"),
        brief.select(".brief-placement h2").eachText());
    Element revops = placements.get(1);
    assertEquals("Reports to Revenue Operations.", revops.selectFirst(".reports").text());
    assertEquals(
        List.of("Execution operating system", "Performance analytics", "Post-mortems and learning"),
        revops.select("h3:containsOwn(Owns) + ul li").eachText());
    assertEquals(
        List.of("Marketing strategy: Chief Marketing Officer"),
        revops.select("h3:containsOwn(Does not own) + ul li").eachText());
    assertEquals(
        List.of("Lifecycle stages: Revenue Operations, the system of record"),
        revops.select("h3:containsOwn(Partners on) + ul li").eachText());
    assertTrue(revops.selectFirst(".rationale").text().startsWith("Execution systems sit beside"));
    assertEquals(
        List.of(
            "Performance analytics: the Marketing-centered partners on it; the RevOps-centered owns"
                + " it."),
        brief.select(".brief-moves li").eachText());
    assertTrue(
        brief
            .selectFirst("#brief-team + p")
            .text()
            .startsWith("3 people, the role holder included"));
    assertEquals(
        List.of("Launch Readiness Review"), brief.select("#brief-keystones + p a").eachText());
    assertEquals(
        "Not built from a git commit. No version has been marked as shared yet, so there is nothing"
            + " to compare with.",
        brief.selectFirst(".brief-meta").text());
    assertFalse(brief.html().contains("preferred"), "the shared brief has no preference");

    Document one = page("site", "brief/revops-home.html");
    assertEquals(List.of("RevOps-centered"), one.select(".brief-placement h2").eachText());
    assertEquals("../brief/marketing-home.html", one.selectFirst(".brief-others a").attr("href"));
    assertEquals(
        List.of("RevOps-centered preferred"),
        page("site-author", "brief/revops-home.html").select(".brief-placement h2").eachText());
  }

  @Test
  void theImpactPageSaysWhatEachPlacementTakesFromTheCmoAndGivesRevOps() throws IOException {
    Document impact = page("site", "impact.html");
    Element cmo = impact.getElementById("leader-cmo").parent();
    assertEquals(
        List.of(
            "Hands over 2 areas held by Chief Marketing Officer today to the role, which reports"
                + " to Chief Marketing Officer, so they stay in this line: Execution operating"
                + " system, Post-mortems and learning.",
            "Keeps, with the role as partner (Chief Marketing Officer decides): Performance"
                + " analytics.",
            "Hands over 3 areas held by Chief Marketing Officer today to the role, which reports"
                + " to Revenue Operations: Execution operating system, Performance analytics,"
                + " Post-mortems and learning."),
        cmo.select("ul.impact li.takes, ul.impact li.partnered").eachText());
    Element revops = impact.getElementById("leader-revops").parent();
    assertTrue(
        revops
            .select("li.gives")
            .text()
            .contains(
                "Gains 3 areas through the role, which reports to Revenue Operations, held by Chief"
                    + " Marketing Officer today: Execution operating system, Performance"
                    + " analytics, Post-mortems and learning."),
        revops.text());
    // The function page says the same for its leader.
    Document cmoPage = page("site", "functions/cmo.html");
    assertEquals(
        cmo.select("li.takes").eachText(), cmoPage.select("#impact ~ ul li.takes").eachText());
  }

  @Test
  void theReviewIsTheAuthorsAndAsksWhoOwnsThis() throws IOException {
    assertFalse(Files.exists(root.resolve("site/review.html")), "never in the shared handbook");
    Document review = page("site-author", "review.html");
    Element revops = review.getElementById("review-revops-home").parent();
    String text = revops.text();
    assertTrue(
        text.contains(
            "The role owns Execution operating system, but Sales does the work and takes no part"
                + " in its one workflow: the role answers for work it cannot direct."),
        text);
    assertTrue(
        text.contains(
            "Chief Marketing Officer hands over 3 areas: Execution operating system, Performance"
                + " analytics, Post-mortems and learning. They leave Chief Marketing Officer’s"
                + " line for a role that reports to Revenue Operations"),
        text);
    assertTrue(text.contains("Go or no-go on the launch date: Chief Marketing Officer"), text);
    assertTrue(
        text.contains(
            "Performance analytics is owned by the role, but the charter does not say who does"
                + " its work (done-by)"),
        text);
    assertTrue(
        review.select("#warnings + ul li").text().contains("accountability without authority"),
        "the authority-gap warning in plain words");
  }
}

package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.TestHandbooks;
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

/** The pages of SPEC §5 beyond the index and workflows, read from the fixture's site with Jsoup. */
class SitePagesTest {
  @TempDir static Path root;
  static Path site;

  @BeforeAll
  static void build() {
    site = TestHandbooks.builtFixture(root);
  }

  static Document page(String path) throws IOException {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  @Test
  void aPlacementPageListsOwnsPartnersOnAndDoesNotOwnWithEachOwner() throws IOException {
    Document p = page("placements/marketing-home.html");
    assertEquals("Marketing-centered", p.selectFirst("h1").text());
    assertEquals("The role reports to Chief Marketing Officer.", p.selectFirst(".lead").text());
    assertEquals(
        "The role sits with the leaders whose work it speeds up, and partners with Revenue"
            + " Operations on the systems of record.",
        p.selectFirst("section.rationale p").text());
    assertEquals(
        List.of("Execution operating system", "Post-mortems and learning"),
        p.select("#owns + table tbody th a").eachText());
    assertEquals(
        List.of("Performance analytics", "Lifecycle stages system of record"),
        p.select("#partners-on ~ table").first().select("tbody th").eachText());
    Element strategy = p.select("#does-not-own ~ table").first().selectFirst("tbody tr");
    assertEquals("Marketing strategy", strategy.selectFirst("th").text());
    assertEquals("Chief Marketing Officer", strategy.select("td").last().text());
  }

  @Test
  void aPlacementPageShowsItsWorkflowsByAreaAndLeavesOutThoseForOtherPlacements()
      throws IOException {
    Document revops = page("placements/revops-home.html");
    assertEquals(
        List.of("Segment Signal Brief"),
        revops.select("#area-analytics + ul a[href^=../workflows]").eachText());
    Document marketing = page("placements/marketing-home.html");
    assertTrue(
        marketing.select("a[href$=segment-brief.html]").stream()
            .noneMatch(a -> a.closest("main") != null),
        "segment-brief applies only to revops-home");
    assertEquals(
        List.of("Launch Readiness Review"),
        marketing.select("#area-execution-system + ul a[href^=../workflows]").eachText());
  }

  @Test
  void aPlacementPageLeavesOutTheAreasWithoutWorkflowsButKeepsTheirAnchors() throws IOException {
    Document marketing = page("placements/marketing-home.html");
    assertEquals(
        List.of("area-execution-system", "area-learning-loops"),
        marketing.select("#workflows ~ h3").eachAttr("id"),
        "only the areas with workflows in this placement get a group");
    assertTrue(marketing.select("main .empty").isEmpty(), marketing.select("main .empty").text());
    for (String area : List.of("strategy", "analytics", "lifecycle")) {
      // The scope map and the workflow pages link here: the area's own row is the anchor.
      Element row = marketing.getElementById("area-" + area);
      assertEquals("tr", row.tagName(), area);
      assertTrue(row.select("a[href=#area-" + area + "]").isEmpty(), "no link to itself");
    }
    assertEquals(
        List.of("#area-execution-system", "#area-learning-loops"),
        marketing.select("#owns + table tbody th a").eachAttr("href"));
  }

  @Test
  void aFunctionPageLeavesOutEmptyGroupsAndSaysInOneLineWhatIsNotThere() throws IOException {
    Document sales = page("functions/sales.html");
    assertEquals(
        "Sales owns no area of the scope map, owns no workflow, owns no decision a workflow"
            + " informs and decides no workflow's priority.",
        sales.selectFirst("main p.none").text());
    assertEquals(List.of("Consumes"), sales.select("main h2").eachText());
    assertTrue(sales.select("main .empty").isEmpty(), sales.select("main .empty").text());
    Document cmo = page("functions/cmo.html");
    assertEquals(
        "Chief Marketing Officer owns no workflow and consumes no workflow's output.",
        cmo.selectFirst("main p.none").text());
    assertEquals(
        List.of(
            "Owns in the scope map",
            "Decisions owned",
            "Decides the priority of",
            "What each placement means for Chief Marketing Officer"),
        cmo.select("main h2").eachText());
  }

  @Test
  void comparePutsThePlacementsSideBySideAndMarksWhatMoves() throws IOException {
    Document c = page("compare.html");
    assertEquals(
        List.of(
            "Area",
            "Marketing-centered reports to Chief Marketing Officer",
            "RevOps-centered reports to Revenue Operations"),
        c.select("table.compare thead th").eachText());
    assertEquals(
        List.of(
            "The role sits with the leaders whose work it speeds up, and partners with Revenue"
                + " Operations on the systems of record.",
            "Execution systems sit beside the systems of record they feed, so one team carries a"
                + " request from intake to clean data."),
        c.select(".placement .rationale").eachText(),
        "each placement defends itself, in the order the table reads");
    Element analytics =
        c.select("table.compare tbody tr").stream()
            .filter(r -> r.selectFirst("th").text().startsWith("Performance analytics"))
            .findFirst()
            .orElseThrow();
    assertTrue(analytics.hasClass("moves"));
    assertEquals(
        List.of("Partners on owner: Chief Marketing Officer", "Owns"),
        analytics.select("td").eachText());
    assertEquals(
        List.of(
            "Performance analytics: partners on in Marketing-centered; owns in RevOps-centered"),
        c.select("#moves + ul li").eachText());
    assertEquals(
        List.of("Segment Signal Brief — only in RevOps-centered"),
        c.select("#moves ~ h3 + ul li").eachText());
  }

  @Test
  void coverageCountsStatusAndKeystonesPerPlacement() throws IOException {
    Document k = page("categories.html");
    assertEquals(
        List.of("Marketing-centered", "RevOps-centered", "Workflows by category"),
        k.select("main h2").eachText());
    Element revops = k.selectFirst("#coverage-revops-home ~ table");
    assertEquals(
        List.of("Market Intelligence", "0", "0", "1", "0", "1"),
        revops.select("tbody tr").get(0).select("th, td").eachText().subList(0, 6));
    assertEquals(
        List.of("Total", "1", "1", "1", "1", "3"),
        revops.select("tfoot th, tfoot td").eachText().subList(0, 6));
    Element marketing = k.selectFirst("#coverage-marketing-home ~ table");
    assertEquals(
        "0",
        marketing.select("tbody tr").get(0).select("td").get(2).text(),
        "the ideal brief is not in this placement");
    assertEquals(
        "1 of 3 categories have an active workflow.",
        k.selectFirst("#coverage-revops-home + p").text());
    assertFalse(k.select("#cat-intelligence").isEmpty());
  }

  @Test
  void theBacklogShowsTheFiveQuestionsAndWhoDecidesForEverythingNotActive() throws IOException {
    Document b = page("backlog.html");
    assertEquals(
        List.of("Launch Post-Mortem backlog"), b.select("#queued ~ .backlog-item h3").eachText());
    assertEquals(
        List.of(
            "Who needs this?",
            "What decision does it unblock?",
            "What breaks if it doesn’t exist?",
            "Why now?",
            "What is the impact if it works?",
            "Decided by"),
        b.select("#wf-launch-post-mortem dt").eachText());
    assertEquals("Chief Marketing Officer", b.select("#wf-launch-post-mortem dd").last().text());
    assertEquals(
        "Not yet prioritized: ideal-state coverage only.",
        b.selectFirst("#wf-segment-brief .empty").text());
  }

  @Test
  void theScopeMapDrawsOneSvgPerPlacementWithEveryAreaLinked() throws IOException {
    Document m = page("scope-map.html");
    assertEquals(2, m.select("svg.scope-map").size());
    Element revops = m.selectFirst("#map-revops-home ~ .map-scroll > svg");
    assertEquals(5, revops.select("a").size(), "one link per area");
    for (Element a : revops.select("a")) {
      String href = a.attr("href");
      assertTrue(Files.isRegularFile(site.resolve(href.replaceFirst("#.*", ""))), href);
      assertFalse(
          page(href.replaceFirst("#.*", "")).select("#" + href.replaceFirst(".*#", "")).isEmpty(),
          href);
    }
    assertEquals(
        List.of(
            "Execution operating system: the role owns it",
            "Performance analytics: the role owns it",
            "Post-mortems and learning: the role owns it"),
        revops.select("g.owner-row.role a > title").eachText());
    assertEquals(
        1, revops.select("text.area-tag.sor").size(), "lifecycle is marked as a system of record");
    assertTrue(m.select("script").isEmpty(), "the map needs no script");
  }

  @Test
  void handbookJsonCarriesTheWholeModel() throws IOException {
    JsonNode json = new ObjectMapper().readTree(site.resolve("handbook.json").toFile());
    assertEquals("ops-role", json.get("role").get("id").asText());
    assertEquals(3, json.get("workflows").size());
    assertEquals("marketing-home", json.get("placements").get(0).get("id").asText());
    assertEquals("cmo", json.get("placements").get(0).get("ownerByArea").get("analytics").asText());
    assertEquals(
        "ops-role", json.get("placements").get(1).get("ownerByArea").get("analytics").asText());
    assertFalse(
        json.get("placements").get(1).has("preferred"), "the shared data has no preference");
    JsonNode readiness = json.get("workflows").get(0);
    assertEquals("launch-readiness", readiness.get("id").asText());
    assertEquals(9, readiness.get("sections").size());
    assertEquals("cmo", readiness.get("priority").get("decidedBy").asText());
  }

  @Test
  void searchShipsItsIndexAndLibraryAsFilesSoItWorksOffline() throws IOException {
    String index = Files.readString(site.resolve("assets/search-index.js"));
    assertTrue(index.startsWith("window.HANDBOOK_SEARCH = ["), index.substring(0, 40));
    assertTrue(index.contains("\"u\":\"workflows/launch-readiness.html\""));
    assertTrue(
        index.contains("The launch brief from Product Marketing."), "mentions are indexed by name");
    assertTrue(Files.size(site.resolve("assets/lunr.min.js")) > 10_000);
    Document s = page("search.html");
    assertEquals(
        List.of("assets/lunr.min.js", "assets/search-index.js", "assets/search.js"),
        s.select("script").eachAttr("src"));
    assertEquals(
        "search.html",
        page("workflows/launch-readiness.html")
            .selectFirst("form.search")
            .attr("action")
            .replace("../", ""));
  }
}

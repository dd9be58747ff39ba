package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered fixture handbook read as a browser would: structure, links, anchors and escaping.
 */
class SiteRenderingTest {
  /** SPEC §5: the section anchors on workflow pages, and the headings they belong to. */
  private static final List<String> ANCHORS =
      List.of(
          "objective",
          "trigger",
          "inputs",
          "processing",
          "outputs",
          "consumers",
          "decisions-informed",
          "quality-checks",
          "failure-feedback-loop");

  private static final List<String> HEADINGS =
      List.of(
          "Objective",
          "Trigger",
          "Inputs",
          "Processing",
          "Outputs",
          "Consumers",
          "Decisions Informed",
          "Quality Checks",
          "Failure & Feedback Loop");

  @TempDir static Path root;
  static Path site;

  @BeforeAll
  static void build() {
    site = TestHandbooks.builtFixture(root);
  }

  static Document page(String path) throws IOException {
    Path file = site.resolve(path);
    return Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
  }

  @Test
  void indexShowsTheRoleThesisPrinciplesAndBothPlacements() throws IOException {
    Document index = page("index.html");
    assertEquals("Director, GTM Operations", index.selectFirst("h1").text());
    assertEquals(
        "This role owns how work gets done, not what work gets prioritized.",
        index.selectFirst(".thesis").text());
    assertEquals(
        List.of(
            "Own systems, workflows and learning loops.",
            "Never own strategy, targets or outcomes."),
        index.select(".principles li").eachText());
    assertEquals(
        List.of("Marketing-centered", "RevOps-centered"), index.select(".placement h3").eachText());
    Element revops = index.select(".placement").get(1);
    assertTrue(revops.text().contains("Reports to Revenue Operations."), revops.text());
    assertTrue(
        revops.text().contains("Marketing strategy: Chief Marketing Officer"), revops.text());
    assertEquals(
        "3",
        index.select(".counts div").stream()
            .filter(d -> d.selectFirst("dt").text().equals("Workflows"))
            .findFirst()
            .orElseThrow()
            .selectFirst("dd")
            .text());
  }

  @Test
  void everyPageNavigatesToEveryWorkflowAndBackToTheIndex() throws IOException {
    for (String path :
        List.of(
            "index.html",
            "workflows/launch-readiness.html",
            "functions/cmo.html",
            "pages/glossary.html")) {
      Document doc = page(path);
      assertEquals(
          List.of("Launch Readiness Review", "Launch Post-Mortem", "Segment Signal Brief").stream()
              .sorted()
              .toList(),
          doc.select(".sidebar .nav-workflows a").eachText().stream().sorted().toList(),
          path);
      for (Element a : doc.select(".sidebar a, .site-header a")) {
        URI target = URI.create(a.absUrl("href"));
        assertTrue(Files.isRegularFile(Path.of(target.getPath())), path + " -> " + a.attr("href"));
      }
      assertNotNull(doc.selectFirst(".site-header a.brand[href$=index.html]"), path);
    }
  }

  @Test
  void aWorkflowPageHasTheNineSectionsWithTheirAnchorsInOrder() throws IOException {
    for (String id : List.of("launch-readiness", "launch-post-mortem", "segment-brief")) {
      Document doc = page("workflows/" + id + ".html");
      assertEquals(ANCHORS, doc.select("section.section").eachAttr("id"), id);
      assertEquals(HEADINGS, doc.select("section.section > h2").eachText(), id);
      assertEquals(
          ANCHORS.stream().map(a -> "#" + a).toList(), doc.select(".toc a").eachAttr("href"), id);
    }
  }

  @Test
  void aWorkflowPageShowsItsFrontMatterFacts() throws IOException {
    Document doc = page("workflows/launch-readiness.html");
    assertEquals("Launch Readiness Review", doc.selectFirst("h1").text());
    assertEquals(List.of("active", "keystone"), doc.select(".tags .badge").eachText());
    assertEquals("Marketing Ops", doc.selectFirst(".facts dt:containsOwn(Owner) + dd").text());
    assertEquals(
        "Campaign Execution", doc.selectFirst(".facts dt:containsOwn(Category) + dd").text());
    assertEquals(
        "Execution operating system",
        doc.selectFirst(".facts dt:containsOwn(Scope area) + dd").text());
    assertEquals(
        "Marketing-centered; RevOps-centered",
        doc.selectFirst(".facts dt:containsOwn(Placements) + dd").text());
    assertEquals(
        "Chief Marketing Officer",
        doc.selectFirst(".priority dt:containsOwn(Decided by) + dd").text());
    assertEquals(
        "Demand Generation, Product Marketing, Sales",
        doc.selectFirst(".criteria dt:containsOwn(Cross-functional) + dd").text());
  }

  @Test
  void mentionsLinkToThePartysPage() throws IOException {
    Element mention = page("workflows/launch-readiness.html").selectFirst("#inputs a.mention");
    assertEquals("Product Marketing", mention.text());
    assertEquals("../functions/pmm.html", mention.attr("href"));
    assertTrue(Files.isRegularFile(site.resolve("functions/pmm.html")));
  }

  @Test
  void workflowLinksAndRelativeMarkdownLinksLeadToTheRightSection() throws IOException {
    Document doc = page("workflows/launch-readiness.html");
    Element wiki = doc.selectFirst("#outputs a.workflow-link");
    assertEquals("../workflows/launch-post-mortem.html#inputs", wiki.attr("href"));
    assertEquals("Launch Post-Mortem · Inputs", wiki.text());
    assertEquals(
        "../workflows/launch-post-mortem.html#failure-feedback-loop",
        doc.selectFirst("#failure-feedback-loop p a").attr("href"));
    assertEquals(
        "../workflows/launch-readiness.html",
        page("pages/glossary.html").select("a:containsOwn(readiness review)").attr("href"));
  }

  @Test
  void numberedHeadingsKeepTheirStandardAnchorAndNameAndH3sStayInside() throws IOException {
    Document doc = page("workflows/launch-post-mortem.html");
    assertEquals("Objective", doc.selectFirst("#objective > h2").text());
    assertEquals(List.of("Fact base", "Review"), doc.select("#processing h3").eachText());
    assertEquals(3, doc.select("#outputs table tr").size());
  }

  @Test
  void feedsAndFedByFollowTheLinksBetweenWorkflows() throws IOException {
    assertEquals(
        List.of("Launch Post-Mortem"),
        page("workflows/launch-readiness.html")
            .select(".links h3:containsOwn(Feeds) + ul a")
            .eachText());
    assertEquals(
        List.of("Launch Readiness Review"),
        page("workflows/launch-post-mortem.html")
            .select(".links h3:containsOwn(Fed by) + ul a")
            .eachText());
  }

  @Test
  void aPartyPageListsWhatItOwnsDecidesAndConsumes() throws IOException {
    Document cmo = page("functions/cmo.html");
    assertEquals("Chief Marketing Officer", cmo.selectFirst("h1").text());
    assertTrue(
        cmo.select("#decides + ul li").text().contains("Go or no-go on the launch date"),
        cmo.text());
    assertEquals(
        List.of("Launch Readiness Review", "Launch Post-Mortem"),
        cmo.select("#prioritizes + ul a").eachText());
    Document mops = page("functions/mops.html");
    assertEquals(List.of("Launch Readiness Review"), mops.select("#owns + ul a").eachText());
    Document role = page("functions/ops-role.html");
    assertTrue(
        role.select("#areas ~ ul").text().contains("Execution operating system"), role.text());
  }

  @Test
  void everyRelativeLinkAndAnchorInTheSiteResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8", file.toUri().toString());
        for (Element el : doc.select("a[href], link[href], img[src], script[src]")) {
          String raw = el.hasAttr("href") ? el.attr("href") : el.attr("src");
          assertFalse(raw.startsWith("/"), "absolute link in " + file + ": " + raw);
          URI target = URI.create(el.absUrl(el.hasAttr("href") ? "href" : "src"));
          if (!"file".equals(target.getScheme())) {
            continue;
          }
          Path targetFile =
              Path.of(
                  new URI("file", null, target.getPath(), null, null).toString().isEmpty()
                      ? target
                      : URI.create("file://" + target.getRawPath()));
          if (!Files.isRegularFile(targetFile)) {
            broken.add(site.relativize(file) + " -> " + raw);
          } else if (target.getFragment() != null
              && targetFile.toString().endsWith(".html")
              && Jsoup.parse(targetFile.toFile(), "UTF-8").getElementById(target.getFragment())
                  == null) {
            broken.add(site.relativize(file) + " -> " + raw + " (no anchor)");
          }
        }
      }
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
    assertEquals(List.of(), broken);
  }

  @Test
  void theStylesheetShipsWithTheSite() throws IOException {
    assertTrue(Files.readString(site.resolve("assets/style.css")).contains("@media print"));
    assertEquals(
        "../assets/style.css",
        page("workflows/launch-readiness.html").selectFirst("link[rel=stylesheet]").attr("href"));
    assertEquals(
        "assets/style.css", page("index.html").selectFirst("link[rel=stylesheet]").attr("href"));
  }

  @Test
  void everyPageForbidsScriptsTheSiteDoesNotShip() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(file.toFile(), "UTF-8");
        Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
        assertNotNull(csp, file.toString());
        assertTrue(csp.attr("content").contains("script-src 'self'"), file.toString());
        assertTrue(doc.select("script:not([src])").isEmpty(), "no inline script in " + file);
        assertTrue(doc.select("[style]").isEmpty(), "no inline style in " + file);
      }
    }
  }
}

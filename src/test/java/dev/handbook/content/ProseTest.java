package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.check.HandbookIndex;
import dev.handbook.model.Handbook;
import dev.handbook.model.Prose;
import dev.handbook.model.ProseLibrary;
import dev.handbook.model.Workflow;
import dev.handbook.render.ProseHtml;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A workflow's prose is rendered while its file is read, with holes for what only the whole
 * handbook knows, and the holes are filled when its page is written. What the page shows for each
 * construct is checked here as a reader would see it, against the fixture handbook.
 */
class ProseTest {
  private static final MarkdownReader READER = new MarkdownReader();
  private static HandbookIndex index;
  private static Workflow segmentBrief;

  @BeforeAll
  static void readFixture() throws IOException {
    Handbook handbook =
        new ContentReader(p -> p.toString()).read(TestHandbooks.FIXTURE, (d, t) -> {}).handbook();
    index = new HandbookIndex(handbook);
    segmentBrief = index.workflow("segment-brief").orElseThrow();
  }

  /** The body read as if it were segment-brief's, then its sections as its page shows them. */
  private static List<String> page(String body) {
    Prose prose = READER.read(body, "x.md", 0, true).prose();
    return new ProseHtml(index, new ProseLibrary(Map.of(segmentBrief.file(), prose)))
        .sections(segmentBrief);
  }

  private static String search(String body) {
    Prose prose = READER.read(body, "x.md", 0, true).prose();
    return new ProseHtml(index, new ProseLibrary(Map.of(segmentBrief.file(), prose)))
        .text(segmentBrief);
  }

  @Test
  void mentionsWorkflowLinksAndRelativeLinksBecomeLinksToTheirPages() {
    List<String> sections =
        page(
            """
            ## Objective

            @demand asks [[launch-readiness#outputs]]; see [b](<../execution/launch-readiness.md#outputs>) and [ext](http://x.com/?a&b).

            ## Trigger

            - [[launch-post-mortem]] and @nobody and [[unknown-wf]] and [[x & <y>]]
            """);
    assertEquals(
        "<p><a class=\"mention\" href=\"../functions/demand.html\">Demand Generation</a> asks "
            + "<a class=\"workflow-link\" href=\"../workflows/launch-readiness.html#outputs\">"
            + "Launch Readiness Review &middot; Outputs</a>; see "
            + "<a href=\"../workflows/launch-readiness.html#outputs\">b</a> and "
            + "<a href=\"http://x.com/?a&amp;b\">ext</a>.</p>",
        sections.get(0));
    assertEquals(
        "<ul>\n<li><a class=\"workflow-link\" href=\"../workflows/launch-post-mortem.html\">"
            + "Launch Post-Mortem</a> and @nobody and [[unknown-wf]] and [[x &amp; &lt;y&gt;]]</li>\n</ul>",
        sections.get(1));
  }

  @Test
  void aMentionOrWorkflowLinkThatDoesNotMatchLeavesTheTextAfterItAlone() {
    assertEquals(
        "<p>Ask @Alice and then <a class=\"mention\" href=\"../functions/cmo.html\">"
            + "Chief Marketing Officer</a>; open [[ a bracket, then "
            + "<a class=\"workflow-link\" href=\"../workflows/launch-readiness.html\">"
            + "Launch Readiness Review</a>.</p>",
        page("## Objective\n\nAsk @Alice and then @cmo; open [[ a bracket, then [[launch-readiness]].\n")
            .get(0));
  }

  @Test
  void codeKeepsWhatIsWrittenAndSearchSeesNames() {
    String body =
        "## Objective\n\n`@demand [[launch-readiness]]` by @demand for [[launch-readiness]].\n";
    assertEquals(
        "<p><code>@demand [[launch-readiness]]</code> by "
            + "<a class=\"mention\" href=\"../functions/demand.html\">Demand Generation</a> for "
            + "<a class=\"workflow-link\" href=\"../workflows/launch-readiness.html\">"
            + "Launch Readiness Review</a>.</p>",
        page(body).get(0));
    assertEquals(
        "Objective @demand [[launch-readiness]] by Demand Generation for Launch Readiness Review. ",
        search(body));
  }

  @Test
  void rawHtmlIsSanitisedWhileReadingAndItsMentionsStillLink() {
    List<String> sections =
        page(
            "## Objective\n\nRaw <b onclick=\"x()\">bold</b> and @demand <script>alert(1)</script>.\n");
    assertFalse(sections.get(0).contains("onclick"), sections.get(0));
    assertFalse(sections.get(0).contains("script"), sections.get(0));
    assertTrue(sections.get(0).contains("<b>bold</b>"), sections.get(0));
    assertTrue(sections.get(0).contains("href=\"../functions/demand.html\""), sections.get(0));
  }

  @Test
  void contentCannotForgeAHole() {
    // The strongest forger knows the mark of this very process and writes it as a hole would look,
    // literally, through an entity, and as the attribute that opens a section in raw HTML.
    String forged = Prose.MARK + "0;";
    String body =
        "## Objective\n\n@demand then "
            + forged
            + " then &#104;"
            + forged.substring(1)
            + "\n\n<h2 data-"
            + Prose.MARK
            + ">Not a section</h2>\n\n## Trigger\n\nNext.\n";
    List<String> sections = page(body);
    assertEquals(2, sections.size(), "the forged section heading opens no section: " + sections);
    assertTrue(
        sections.get(0).contains("then " + forged + " then " + forged),
        "the forged holes show as written: " + sections.get(0));
    assertEquals(
        1,
        sections.get(0).split("class=\"mention\"", -1).length - 1,
        "only the real mention became a link: " + sections.get(0));
    Prose prose = READER.read(body, "x.md", 0, true).prose();
    assertNotEquals(Prose.MARK, prose.mark(), "a body that spells the mark gets a mark of its own");
  }
}

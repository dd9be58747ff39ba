package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.check.Findings;
import dev.handbook.check.HandbookIndex;
import dev.handbook.content.ContentReader;
import dev.handbook.content.MarkdownReader;
import dev.handbook.content.ProseRenderer;
import dev.handbook.model.Body;
import dev.handbook.model.Handbook;
import dev.handbook.model.Prose;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A workflow's prose is rendered while its file is read, with holes for what only the whole
 * handbook knows. What a page shows must be exactly what rendering the kept document gives.
 */
class ProseTest {
  private static final String SOURCE = "workflows/intelligence/segment-brief.md";
  private static final String BODY =
      """
      ## Objective

      Links: [b](<../execution/launch-readiness.md#outputs>), [c](../learning/launch-post-mortem.md#consumers),
      [e](#trigger), [f](http://x.com/?a&b<c>), [g][ref], <http://a.b/c?d&e>, [h](../../pages/glossary.md),
      [i](segment%2Dbrief.md "Title & co"), [j](../execution/launch-readiness.md 'quoted "title"'), [gone](missing.md).
      Mentions: @demand, @nobody, ops@example.com, `@demand in code`, [[launch-readiness]], [[launch-readiness#outputs]],
      [[ launch-readiness # trigger ]], [[unknown-wf]], [[x & <y>]], `[[launch-readiness]]`.
      **Bold @revops** and _em [[launch-post-mortem#consumers]]_ ~~strike~~ &amp; &copy; \\@escaped

      [ref]: ../execution/launch-readiness.md#inputs "Ref & title"

      ## Trigger

      | A | B |
      |---|:-:|
      | @demand | [[launch-readiness]] |
      | [x](../execution/launch-readiness.md) | `code` |

      > quote with @analyst
      >
      > - list in quote

      ## Inputs

      1. one
      2. two
         - nested @demand
      """;

  private static HandbookIndex index;
  private static MarkdownHtml markdown;
  private static final MarkdownReader reader = new MarkdownReader();

  @BeforeAll
  static void readFixture() throws IOException {
    Handbook handbook =
        new ContentReader(p -> p.toString()).read(TestHandbooks.FIXTURE, new Findings());
    index = new HandbookIndex(handbook);
    markdown = new MarkdownHtml(index);
  }

  @Test
  void filledProseIsWhatTheKeptDocumentRendersTo() {
    Body early = reader.read(BODY, "x.md", SOURCE, 0, true);
    Body late = reader.read(BODY, "x.md", SOURCE, 0, false);
    assertNull(early.document(), "the parsed document is dropped once the prose is rendered");

    List<String> sections = markdown.sections(early, SOURCE);
    assertEquals(markdown.renderSections(late.document()), sections);
    assertEquals(3, sections.size());
    assertTrue(
        sections.get(0).contains("<a class=\"mention\" href=\"../functions/demand.html\">"),
        sections.get(0));
    assertTrue(
        sections.get(0).contains("href=\"../workflows/launch-readiness.html#outputs\""),
        sections.get(0));
    assertTrue(sections.get(0).contains("@nobody"), "an unknown mention stays as written");
    assertTrue(
        sections.get(0).contains("[[x &amp; &lt;y&gt;]]"),
        "an unknown workflow link stays as written, escaped");
    assertTrue(sections.get(0).contains("<code>@demand in code</code>"));

    assertEquals(markdown.text(ProseRenderer.words(late.document())), markdown.text(early.prose()));
    assertTrue(
        markdown.text(early.prose()).contains("Launch Readiness"),
        "workflow links are searchable by title");
  }

  @Test
  void aBodyWithRawHtmlKeepsItsDocumentForTheSafelist() {
    String body = "## Objective\n\nRaw <b onclick=\"x()\">bold</b> and @demand.\n";
    Body early = reader.read(body, "x.md", SOURCE, 0, true);
    assertNotNull(early.document());
    assertNull(early.prose().sections());
    List<String> sections = markdown.sections(early, SOURCE);
    assertFalse(sections.get(0).contains("onclick"), sections.get(0));
    assertTrue(sections.get(0).contains("<b>bold</b>"), sections.get(0));
  }

  @Test
  void contentCannotForgeAHole() {
    String forged = "## Objective\n\nhb" + "0;" + " and " + Prose.MARK.substring(0, 6) + "0;\n";
    Body early = reader.read(forged, "x.md", SOURCE, 0, true);
    assertEquals(
        markdown.renderSections(reader.read(forged, "x.md", SOURCE, 0, false).document()),
        markdown.sections(early, SOURCE));
  }
}

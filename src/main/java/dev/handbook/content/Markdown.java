package dev.handbook.content;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolverFactory;
import com.vladsch.flexmark.html.renderer.NodeRendererFactory;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.model.Prose;
import java.util.List;

/**
 * The one Flexmark configuration of the tool: CommonMark with GitHub's tables and strikethrough,
 * plus the handbook's own `@id` and `[[workflow#section]]` syntax. Every parse and every render of
 * Markdown, content or the tool's own rule documentation, is built from these options; nothing
 * outside this package sees Flexmark.
 */
public final class Markdown {
  private Markdown() {}

  static final DataHolder OPTIONS =
      new MutableDataSet()
          .set(
              Parser.EXTENSIONS,
              List.of(
                  TablesExtension.create(),
                  StrikethroughExtension.create(),
                  HandbookSyntax.create()))
          .toImmutable();

  /** Safe to share between threads: each parse has its own state. */
  static final Parser PARSER = Parser.builder(OPTIONS).build();

  static Document parse(String text) {
    return PARSER.parse(text);
  }

  /** A renderer of the same configuration, with the handbook's node renderers and link resolver. */
  static HtmlRenderer renderer(NodeRendererFactory nodes, LinkResolverFactory links) {
    return HtmlRenderer.builder(OPTIONS)
        .nodeRendererFactory(nodes)
        .linkResolverFactory(links)
        .build();
  }

  /**
   * Flexmark's own HTML for a document, with nothing of the handbook's: what the tests hold the
   * handbook's rendering to.
   */
  static String flexmarkAlone(Document doc) {
    return HtmlRenderer.builder(OPTIONS).build().render(doc);
  }

  private static final ProseRenderer DOCS = new ProseRenderer();

  /**
   * The tool's own Markdown (rule documentation) as HTML, headings kept. Mentions and workflow
   * links in it stay as written: they name nothing of a handbook.
   */
  public static String html(String markdown) {
    Prose prose = DOCS.whole(parse(markdown));
    return prose.fill(prose.sections().get(0), i -> asWritten(prose.holes().get(i)));
  }

  /**
   * A hole filled with what was written, escaped for where it stands: a link's URL in an attribute,
   * the rest in text.
   */
  public static String asWritten(Prose.Hole hole) {
    return hole instanceof Prose.LinkHole l
        ? Prose.escapeAttribute(l.url())
        : Prose.escapeHtml(raw(hole));
  }

  /** What was written where a hole is. */
  static String raw(Prose.Hole hole) {
    if (hole instanceof Prose.MentionHole m) {
      return m.raw();
    }
    if (hole instanceof Prose.WorkflowHole w) {
      return w.raw();
    }
    return ((Prose.LinkHole) hole).url();
  }
}

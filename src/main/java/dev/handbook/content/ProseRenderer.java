package dev.handbook.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.model.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Renders a workflow body to HTML in the same pass that reads it (see {@link Prose}): the parsed
 * document is then dropped, which keeps a large handbook's memory flat and puts the Markdown
 * rendering on every core together with the parsing. One instance serves a whole run.
 */
public final class ProseRenderer {
  /**
   * Marks the H2s that open sections so the document's HTML can be split where the reader split it.
   */
  private static final String SECTION_MARK = "data-" + Prose.MARK;

  private static final DataKey<List<Prose.Hole>> HOLES = new DataKey<>("HANDBOOK_HOLES", List.of());

  private final HtmlRenderer renderer;

  public ProseRenderer() {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
    renderer =
        HtmlRenderer.builder(options)
            .nodeRendererFactory(o -> new HoleNodes())
            .linkResolverFactory(new HoleLinks())
            .build();
  }

  /**
   * The body's sections as HTML (unless it must go through the safelist) and its words, with holes.
   */
  public Prose render(Document doc) {
    List<Prose.Hole> holes = new ArrayList<>();
    List<String> sections = null;
    if (!needsCleaning(doc)) {
      sections = FastHtml.sections(doc, holes);
      if (sections == null) {
        sections = flexmarkSections(doc, holes);
      }
    }
    StringBuilder text = new StringBuilder();
    collectText(doc, text, holes);
    return new Prose(sections, text.toString(), holes);
  }

  /**
   * The sections as Flexmark's own renderer writes them, holes added to the list: what {@link
   * FastHtml} must match.
   */
  List<String> flexmarkSections(Document doc, List<Prose.Hole> holes) {
    doc.set(HOLES, holes);
    try {
      return splitAtMarks(renderer.render(doc));
    } finally {
      doc.remove(HOLES);
    }
  }

  /** A document's words alone (a free page's), with holes for names. */
  public static Prose words(Node doc) {
    List<Prose.Hole> holes = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    collectText(doc, text, holes);
    return new Prose(null, text.toString(), holes);
  }

  /**
   * Raw HTML, and images (which may point at other hosts), are the only ways content adds markup.
   */
  public static boolean needsCleaning(Node node) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof HtmlBlockBase
          || child instanceof HtmlInlineBase
          || child instanceof Image
          || child instanceof ImageRef) {
        return true;
      }
      if (needsCleaning(child)) {
        return true;
      }
    }
    return false;
  }

  private static String hole(Node node, Prose.Hole hole) {
    return Prose.add(node.getDocument().get(HOLES), hole);
  }

  private static List<String> splitAtMarks(String html) {
    return splitAtMarks(html, SECTION_MARK);
  }

  /**
   * Splits Flexmark's HTML at the H2s carrying the mark attribute, dropping the headings
   * themselves.
   */
  public static List<String> splitAtMarks(String html, String mark) {
    String open = "<h2 " + mark;
    List<String> sections = new ArrayList<>();
    int at = html.indexOf(open);
    while (at >= 0) {
      int start = html.indexOf("</h2>", at) + "</h2>".length();
      int next = html.indexOf(open, start);
      sections.add(html.substring(start, next < 0 ? html.length() : next).strip());
      at = next;
    }
    return sections;
  }

  /**
   * Renders the H2s that open sections (top-level ones only) with the mark attribute, so the
   * document's HTML can be split exactly where the reader split it ({@link #splitAtMarks}).
   */
  public static NodeRenderingHandler<Heading> markSections(String mark) {
    return new NodeRenderingHandler<>(
        Heading.class,
        (node, ctx, html) -> {
          if (node.getLevel() != 2 || !(node.getParent() instanceof Document)) {
            ctx.delegateRender();
            return;
          }
          html.line().attr(mark, "").withAttr().tag("h2");
          ctx.renderChildren(node);
          html.tag("/h2").line();
        });
  }

  /**
   * A body's words as a reader sees them: mentions and workflow links as holes for their names,
   * blocks apart.
   */
  private static void collectText(Node node, StringBuilder out, List<Prose.Hole> holes) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof MentionNode m) {
        out.append(Prose.add(holes, m.hole()));
      } else if (child instanceof WorkflowLinkNode l) {
        out.append(Prose.add(holes, l.hole()));
      } else if (child instanceof Text || child instanceof Code) {
        out.append(child.getChars());
      } else {
        collectText(child, out, holes);
      }
      if (child instanceof Block || child instanceof SoftLineBreak || child instanceof TableCell) {
        out.append(' ');
      }
    }
  }

  private static final class HoleNodes implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          markSections(SECTION_MARK),
          new NodeRenderingHandler<>(
              MentionNode.class, (node, ctx, html) -> html.raw(hole(node, node.hole()))),
          new NodeRenderingHandler<>(
              WorkflowLinkNode.class, (node, ctx, html) -> html.raw(hole(node, node.hole()))));
    }
  }

  /**
   * Relative links become holes: where they lead depends on every file's id, known once all are
   * read.
   */
  private static final class HoleLinks extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      Document doc = context.getDocument();
      return (node, ctx, link) ->
          ContentLinks.isLocal(link.getUrl())
              ? link.withUrl(hole(doc, new Prose.LinkHole(link.getUrl())))
                  .withStatus(LinkStatus.VALID)
              : link;
    }
  }
}

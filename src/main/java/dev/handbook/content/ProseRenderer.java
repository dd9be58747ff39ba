package dev.handbook.content;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.DataKey;
import dev.handbook.model.Prose;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a parsed body into {@link Prose}: its HTML, with holes for what only the whole handbook
 * knows, and its words for search. A workflow's HTML is split into its H2 sections; a free page's
 * is one piece. The Markdown workflows are written in goes through {@link FastHtml}, anything else
 * through Flexmark's renderer, and a body with raw HTML or images through the {@link Sanitizer}.
 * One instance serves a whole run, from every thread.
 */
final class ProseRenderer {
  /** The holes of the document being rendered, read by the node renderers and link resolver. */
  private static final DataKey<Holes> HOLES = new DataKey<>("HANDBOOK_HOLES", (Holes) null);

  /** Whether the document's top-level H2s carry the section mark (workflows, not free pages). */
  private static final DataKey<Boolean> MARK_SECTIONS =
      new DataKey<>("HANDBOOK_MARK_SECTIONS", false);

  private static final DataKey<Integer> FIRST_SECTION =
      new DataKey<>("HANDBOOK_FIRST_SECTION", Integer.MAX_VALUE);

  private final HtmlRenderer renderer =
      Markdown.renderer(options -> new HoleNodes(), new HoleLinks());

  /** A workflow body: one piece of HTML per H2 section, headings left out. */
  Prose sections(Document doc) {
    return render(doc, true);
  }

  /** A free page, or the tool's own Markdown: the whole document as one piece, headings kept. */
  Prose whole(Document doc) {
    return render(doc, false);
  }

  /** How many marks to try before rendering a body without holes: content cannot beat 2^63. */
  private static final int TRIES = 4;

  private Prose render(Document doc, boolean sectioned) {
    boolean cleaning = needsCleaning(doc);
    String mark = Prose.MARK;
    for (int attempt = 0; ; attempt++) {
      Holes holes = new Holes(mark);
      boolean holeless = attempt == TRIES;
      holes.suspend(holeless);
      List<String> html = null;
      if (sectioned && !cleaning) {
        FastHtml.Written written = FastHtml.document(doc, holes);
        html = written == null ? null : written.sections();
      }
      boolean marksAreOurs = true;
      if (html == null) {
        String rendered = flexmark(doc, holes, sectioned);
        int ours = holes.list.size() + (sectioned ? topLevelH2s(doc) : 0);
        marksAreOurs = count(rendered, mark) == ours;
        html =
            cleaning
                ? Sanitizer.clean(rendered, mark, sectioned)
                : split(rendered, mark, sectioned);
      }
      int htmlHoles = holes.list.size();
      StringBuilder text = new StringBuilder();
      collectText(doc, text, holes);
      // Every hole made is in the kept output once, and no other mark is: content that spells the
      // mark, or an entity that decodes to it, makes the body start again under a fresh mark.
      if (holeless
          || marksAreOurs
              && count(String.join("", html), mark) == htmlHoles
              && count(text, mark) == holes.list.size() - htmlHoles) {
        return new Prose(html, text.toString(), holes.list, mark);
      }
      mark = Prose.newMark();
    }
  }

  /** Flexmark's rendering of the document with holes; the H2s that open sections marked. */
  String flexmark(Document doc, Holes holes, boolean markSections) {
    doc.set(HOLES, holes);
    doc.set(MARK_SECTIONS, markSections);
    doc.set(FIRST_SECTION, firstSection(doc));
    try {
      return renderer.render(doc);
    } finally {
      doc.remove(HOLES);
      doc.remove(MARK_SECTIONS);
      doc.remove(FIRST_SECTION);
    }
  }

  /**
   * What a node becomes where a hole would go: a hole, or what was written when the node is in
   * something the split drops (an H2 that opens a section, text before the first one).
   */
  private static String hole(Node node, Prose.Hole hole) {
    Holes holes = HOLES.get(node.getDocument());
    if (!MARK_SECTIONS.get(node.getDocument()) || !dropped(node)) {
      return holes.add(hole);
    }
    return Markdown.asWritten(hole);
  }

  private static boolean dropped(Node node) {
    Node top = node;
    while (top.getParent() != null && !(top.getParent() instanceof Document)) {
      top = top.getParent();
    }
    if (top instanceof Heading h && h.getLevel() == 2) {
      return true;
    }
    return top.getStartOffset() < FIRST_SECTION.get(node.getDocument());
  }

  /** The attribute that marks a section's H2 in Flexmark's output, under a body's mark. */
  static String sectionAttribute(String mark) {
    return "data-" + mark;
  }

  /** Splits Flexmark's HTML at the marked H2s, dropping the headings themselves. */
  static List<String> split(String html, String mark, boolean sectioned) {
    if (!sectioned) {
      return List.of(html);
    }
    String open = "<h2 " + sectionAttribute(mark);
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

  /** Raw HTML, and images (which may point at other hosts), are how content adds markup. */
  static boolean needsCleaning(Node root) {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (node instanceof HtmlBlockBase
          || node instanceof HtmlInlineBase
          || node instanceof Image
          || node instanceof ImageRef) {
        return true;
      }
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        todo.push(child);
      }
    }
    return false;
  }

  /** Where the first section's H2 starts; what comes before it is not kept. */
  private static int firstSection(Document doc) {
    for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() == 2) {
        return node.getStartOffset();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static int topLevelH2s(Document doc) {
    int n = 0;
    for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() == 2) {
        n++;
      }
    }
    return n;
  }

  private static int count(CharSequence s, String mark) {
    String text = s.toString();
    int n = 0;
    for (int at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + mark.length())) {
      n++;
    }
    return n;
  }

  /** Marks where a block ends in the walk below: a space goes there. */
  private static final Object SPACE = new Object();

  /**
   * A body's words as a reader sees them: mentions and workflow links as holes, blocks apart. A
   * walk with its own stack, so the document's depth never meets the call stack's.
   */
  private static void collectText(Node root, StringBuilder out, Holes holes) {
    Deque<Object> todo = new ArrayDeque<>();
    pushChildren(root, todo);
    while (!todo.isEmpty()) {
      Object next = todo.pop();
      if (next == SPACE) {
        out.append(' ');
      } else if (next instanceof MentionNode m) {
        out.append(holes.add(m.hole()));
      } else if (next instanceof WorkflowLinkNode l) {
        out.append(holes.add(l.hole()));
      } else if (next instanceof Text) {
        out.append(((Node) next).getChars());
      } else if (next instanceof Code c) {
        out.append(c.getText());
      } else {
        pushChildren((Node) next, todo);
      }
    }
  }

  private static void pushChildren(Node node, Deque<Object> todo) {
    for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
      if (child instanceof Block || child instanceof SoftLineBreak || child instanceof TableCell) {
        todo.push(SPACE);
      }
      todo.push(child);
    }
  }

  private static Holes holes(Node node) {
    return HOLES.get(node.getDocument());
  }

  private static final class HoleNodes implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      Set<NodeRenderingHandler<?>> handlers = new HashSet<>();
      handlers.add(
          new NodeRenderingHandler<>(
              Heading.class,
              (node, ctx, html) -> {
                Document doc = node.getDocument();
                if (node.getLevel() != 2
                    || !(node.getParent() instanceof Document)
                    || !MARK_SECTIONS.get(doc)) {
                  ctx.delegateRender();
                  return;
                }
                html.line().attr(sectionAttribute(holes(node).mark), "").withAttr().tag("h2");
                ctx.renderChildren(node);
                html.tag("/h2").line();
              }));
      handlers.add(
          new NodeRenderingHandler<>(
              MentionNode.class, (node, ctx, html) -> html.raw(hole(node, node.hole()))));
      handlers.add(
          new NodeRenderingHandler<>(
              WorkflowLinkNode.class, (node, ctx, html) -> html.raw(hole(node, node.hole()))));
      return handlers;
    }
  }

  /**
   * Relative links become holes: where they lead depends on every file, known once all are read.
   */
  private static final class HoleLinks extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      Document doc = context.getDocument();
      // A reference with no definition ([draft], a task box [x]) is text, not a link: left alone.
      return (node, ctx, link) ->
          !(node instanceof RefNode ref && !ref.isDefined()) && ContentLinks.isLocal(link.getUrl())
              ? link.withUrl(hole(node, new Prose.LinkHole(link.getUrl())))
                  .withStatus(LinkStatus.VALID)
              : link;
    }
  }
}

package dev.handbook.render;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.handbook.check.HandbookIndex;
import dev.handbook.check.Sections;
import dev.handbook.content.ContentLinks;
import dev.handbook.content.IndependentLinkResolverFactory;
import dev.handbook.content.MarkdownReader;
import dev.handbook.content.MentionNode;
import dev.handbook.content.ProseRenderer;
import dev.handbook.content.WorkflowLinkNode;
import dev.handbook.model.Body;
import dev.handbook.model.Party;
import dev.handbook.model.Prose;
import dev.handbook.model.Workflow;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Turns parsed Markdown into HTML for pages one folder below the site root: `@id` becomes a link to
 * that party's page, `[[id#section]]` a link to the workflow, and relative `.md` links the page
 * they mean. Raw HTML is allowed through a safelist ({@link #safelist}). Built once per run.
 */
final class MarkdownHtml {
  private static final String ROOT = "../";

  /**
   * Marks the H2s that open the nine sections (top-level headings only) so the rendered document
   * can be split exactly where the reader split it. Random per run, so no content can forge it; the
   * marked headings are dropped when splitting, so it never reaches a page.
   */
  private final String sectionMark =
      "data-hb-" + Long.toHexString(new SecureRandom().nextLong() & Long.MAX_VALUE);

  private final HandbookIndex index;
  private final HtmlRenderer renderer;
  private final Parser plainParser;

  MarkdownHtml(HandbookIndex index) {
    this.index = index;
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create()));
    plainParser = Parser.builder(options).build();
    renderer =
        HtmlRenderer.builder(options)
            .nodeRendererFactory(o -> new HandbookNodes())
            .linkResolverFactory(new ContentLinkResolver())
            .build();
  }

  /**
   * The HTML of each section of a workflow: its prose, rendered when it was read, with the holes
   * filled in from the whole handbook; a body that needs the safelist is rendered from its
   * document.
   */
  List<String> sections(Workflow w) {
    return sections(w.body(), ContentLinks.sourcePath(w));
  }

  /** As {@link #sections(Workflow)}, for a body read from the content file at source. */
  List<String> sections(Body body, String source) {
    Prose prose = body.prose();
    if (prose.sections() == null) {
      return renderSections(body.document());
    }
    List<String> out = new ArrayList<>(prose.sections().size());
    for (String html : prose.sections()) {
      out.add(Prose.fill(html, i -> holeHtml(prose.holes().get(i), source)));
    }
    return out;
  }

  /** A body's words for the search index: mentions and workflow links by their names. */
  String text(Prose prose) {
    return Prose.fill(
        prose.text(),
        i -> {
          Prose.Hole hole = prose.holes().get(i);
          if (hole instanceof Prose.MentionHole m) {
            return index.name(m.id());
          }
          if (hole instanceof Prose.WorkflowHole l) {
            return index.workflow(l.target()).map(Workflow::title).orElse(l.target());
          }
          return ((Prose.LinkHole) hole).url();
        });
  }

  /**
   * What a hole in a workflow's HTML becomes, and what the renderer writes for a mention or a
   * workflow link in a kept document. source (the content file) is needed only for a link.
   */
  private String holeHtml(Prose.Hole hole, String source) {
    if (hole instanceof Prose.MentionHole m) {
      Party p = index.party(m.id()).orElse(null);
      if (p == null) {
        return escape(m.raw());
      }
      return "<a class=\"mention\" href=\""
          + escape(ROOT + "functions/" + p.id() + ".html")
          + "\">"
          + escape(p.name())
          + "</a>";
    }
    if (hole instanceof Prose.WorkflowHole l) {
      Workflow w = index.workflow(l.target()).orElse(null);
      if (w == null) {
        return escape(l.raw());
      }
      String anchor = l.section().isEmpty() ? "" : "#" + l.section();
      int i = Sections.ANCHORS.indexOf(l.section());
      return "<a class=\"workflow-link\" href=\""
          + escape(ROOT + "workflows/" + w.id().value() + ".html" + anchor)
          + "\">"
          + escape(w.title())
          + (i >= 0 ? " &middot; " + escape(Sections.NINE.get(i)) : "")
          + "</a>";
    }
    String url = ((Prose.LinkHole) hole).url();
    String resolved = siteUrl(source, url);
    return escape(resolved == null ? url : resolved);
  }

  /**
   * Where a link written in a content file leads on the site; null when it is not to a content
   * file.
   */
  private String siteUrl(String source, String url) {
    return index.links().resolve(source, url) instanceof ContentLinks.Content c
        ? ROOT + c.sitePath() + (c.fragment().isEmpty() ? "" : "#" + c.fragment())
        : null;
  }

  private static String escape(String s) {
    return Escaping.escapeHtml(s, false);
  }

  /**
   * The HTML of each H2 section of a document, in order, without the H2 itself. The document is
   * rendered whole and split afterwards: Flexmark drops links when asked to render a lone block.
   * Only a document with raw HTML or images goes through the safelist (a Jsoup parse, the costly
   * part); Flexmark's own output escapes all text, so the rest is split as rendered.
   */
  List<String> renderSections(Node document) {
    String rendered = renderer.render(document);
    if (!ProseRenderer.needsCleaning(document)) {
      return ProseRenderer.splitAtMarks(rendered, sectionMark);
    }
    Document html = clean(rendered, sectionMark);
    List<String> sections = new ArrayList<>();
    StringBuilder current = null;
    for (var node : html.body().childNodes()) {
      if (node instanceof Element e && e.normalName().equals("h2") && e.hasAttr(sectionMark)) {
        if (current != null) {
          sections.add(current.toString().strip());
        }
        current = new StringBuilder();
      } else if (current != null) {
        current.append(node.outerHtml());
      }
    }
    if (current != null) {
      sections.add(current.toString().strip());
    }
    return sections;
  }

  /** Renders the tool's own Markdown (rule docs), which has no handbook links. */
  String renderPlain(String markdown) {
    return unmark(renderer.render(plainParser.parse(markdown)));
  }

  /** Takes the section mark out of a whole document's HTML: it must never reach a page. */
  private String unmark(String html) {
    return html.replace(" " + sectionMark + "=\"\"", "").replace(" " + sectionMark, "");
  }

  /** A whole document (a free page), headings kept; the section mark is taken out again. */
  String render(Node node) {
    String rendered = renderer.render(node);
    return unmark(
        ProseRenderer.needsCleaning(node) ? clean(rendered, sectionMark).body().html() : rendered);
  }

  /**
   * What may survive of the HTML that content produces, raw HTML included: ordinary formatting,
   * tables, code, links (relative, http, https, mailto) and images from the site itself. No script,
   * style, iframe, form, event handler, or javascript:/data: URL.
   */
  static Safelist safelist(String sectionMark) {
    return Safelist.relaxed()
        .addAttributes("a", "class")
        .addAttributes("code", "class")
        .addAttributes("th", "align")
        .addAttributes("td", "align")
        .addAttributes("h2", sectionMark)
        .preserveRelativeLinks(true);
  }

  /**
   * Content HTML through the safelist; relative links are kept, as the site is linked relatively.
   */
  private static Document clean(String html, String sectionMark) {
    Document dirty = Jsoup.parseBodyFragment(html, "http://handbook.invalid/dir/");
    Document cleaned = new Cleaner(safelist(sectionMark)).clean(dirty);
    // Images only from the site itself: nothing fetched from elsewhere when an executive opens a
    // page.
    cleaned
        .select("img")
        .forEach(
            img -> {
              String src = img.attr("src").strip();
              if (src.isEmpty()
                  || src.startsWith("//")
                  || src.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                img.remove();
              }
            });
    cleaned.outputSettings().prettyPrint(false);
    return cleaned;
  }

  private final class HandbookNodes implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          ProseRenderer.markSections(sectionMark),
          // The same markup as a filled hole: one definition of what a mention or workflow link
          // looks like.
          new NodeRenderingHandler<>(
              MentionNode.class, (node, ctx, html) -> html.raw(holeHtml(node.hole(), null))),
          new NodeRenderingHandler<>(
              WorkflowLinkNode.class, (node, ctx, html) -> html.raw(holeHtml(node.hole(), null))));
    }
  }

  private final class ContentLinkResolver extends IndependentLinkResolverFactory {
    @Override
    public LinkResolver apply(LinkResolverBasicContext context) {
      String source = MarkdownReader.SOURCE.get(context.getDocument());
      return (node, ctx, link) -> {
        String url = siteUrl(source, link.getUrl());
        return url == null ? link : link.withUrl(url).withStatus(LinkStatus.VALID);
      };
    }
  }
}

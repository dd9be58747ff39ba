package dev.handbook.render;

import dev.handbook.check.HandbookIndex;
import dev.handbook.content.ContentLinks;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Prose;
import dev.handbook.model.ProseLibrary;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * The prose of workflows and free pages as pages show it: the holes left at read time filled from
 * the whole handbook. A mention becomes a link to the party's page, a `[[workflow#section]]` a link
 * to that workflow, a relative link to a content file the page it means; a mention that repeats a
 * name already written in its list item links that name instead ({@link RepeatedMentions}). Handed
 * only to the page kinds that show prose ({@link ProsePageKind}).
 */
public final class ProseHtml {
  /** Pages that show prose sit one folder below the site root. */
  private static final String ROOT = "../";

  private final HandbookIndex index;
  private final ProseLibrary library;

  public ProseHtml(HandbookIndex index, ProseLibrary library) {
    this.index = index;
    this.library = library;
  }

  /** The HTML of each section of a workflow, in order, without the headings. */
  public List<String> sections(Workflow w) {
    Prose prose = library.of(w).orElse(null);
    if (prose == null) {
      return List.of();
    }
    String source = SitePaths.source(w);
    List<String> out = new ArrayList<>(prose.sections().size());
    for (String html : prose.sections()) {
      out.add(RepeatedMentions.fold(prose.fill(html, i -> hole(prose.holes().get(i), source))));
    }
    return out;
  }

  /** A free page's whole HTML. */
  public String html(Page p) {
    Prose prose = library.of(p).orElse(null);
    if (prose == null) {
      return "";
    }
    String source = SitePaths.source(p);
    return RepeatedMentions.fold(
        prose.fill(prose.sections().get(0), i -> hole(prose.holes().get(i), source)));
  }

  /** A workflow's words for the search index: mentions and workflow links by their names. */
  public String text(Workflow w) {
    return library.of(w).map(this::text).orElse("");
  }

  /** A free page's words for the search index. */
  public String text(Page p) {
    return library.of(p).map(this::text).orElse("");
  }

  private String text(Prose prose) {
    return prose.fill(
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

  /** What a hole becomes in a page of the content file `source`. */
  private String hole(Prose.Hole hole, String source) {
    if (hole instanceof Prose.MentionHole m) {
      Party p = index.party(m.id()).orElse(null);
      if (p == null) {
        return Prose.escapeHtml(m.raw());
      }
      return "<a class=\"mention\" href=\""
          + Prose.escapeHtml(ROOT + SitePaths.party(index.pageOf(p.id())))
          + "\">"
          + Prose.escapeHtml(p.name())
          + "</a>";
    }
    if (hole instanceof Prose.WorkflowHole l) {
      Workflow w = index.workflow(l.target()).orElse(null);
      if (w == null) {
        return Prose.escapeHtml(l.raw());
      }
      String anchor = l.section().isEmpty() ? "" : "#" + l.section();
      String section = SectionName.ofAnchor(l.section()).map(SectionName::heading).orElse(null);
      return "<a class=\"workflow-link\" href=\""
          + Prose.escapeHtml(ROOT + SitePaths.workflow(w.id().value()) + anchor)
          + "\">"
          + Prose.escapeHtml(w.title())
          + (section != null ? " &middot; " + Prose.escapeHtml(section) : "")
          + "</a>";
    }
    String url = ((Prose.LinkHole) hole).url();
    ContentLinks.Target target = index.links().resolve(source, url);
    if (target instanceof ContentLinks.Content c) {
      return Prose.escapeAttribute(
          ROOT + c.sitePath() + (c.fragment().isEmpty() ? "" : "#" + c.fragment()));
    }
    return Prose.escapeAttribute(url);
  }
}

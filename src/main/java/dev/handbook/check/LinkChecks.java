package dev.handbook.check;

import dev.handbook.content.ContentLinks;
import dev.handbook.content.UrlPolicy;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Body;
import dev.handbook.model.Handbook;
import dev.handbook.model.MarkdownLink;
import dev.handbook.model.Page;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import dev.handbook.model.WorkflowLink;
import java.util.List;
import java.util.Optional;

/**
 * broken-link in the content: section anchors of `[[id#section]]`, and relative links to other
 * content files.
 */
final class LinkChecks implements Check {
  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }

  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      body(w.body(), SitePaths.source(w), SectionName.anchors(), index, findings);
    }
    for (Page p : handbook.pages()) {
      body(p.body(), SitePaths.source(p), List.of(), index, findings);
    }
    for (Page p : handbook.privateMaterial().pages()) {
      body(p.body(), SitePaths.source(p), List.of(), index, findings);
    }
  }

  /**
   * @param ownAnchors the anchors a same-page `#link` may use (a free page has none)
   */
  private static void body(
      Body body, String source, List<String> ownAnchors, HandbookIndex index, Findings findings) {
    for (WorkflowLink l : body.workflowLinks()) {
      if (l.section().isEmpty() || index.workflow(l.target()).isEmpty()) {
        continue;
      }
      if (SectionName.ofAnchor(l.section()).isEmpty()) {
        findings.add(
            Rule.BROKEN_LINK,
            l.pos(),
            "[["
                + l.target()
                + "#"
                + l.section()
                + "]] leads nowhere: \""
                + l.section()
                + "\" is not a section anchor"
                + anchorHint(l.section()));
      }
    }
    for (MarkdownLink link : body.links()) {
      String what = link.kind().noun() + " \"" + abbreviate(link.destination()) + "\"";
      Optional<String> refused = UrlPolicy.refusal(link.destination());
      if (refused.isPresent()) {
        findings.add(Rule.BROKEN_LINK, link.pos(), what + " " + refused.get());
        continue;
      }
      ContentLinks.Target t = index.links().resolve(source, link.destination());
      if (t instanceof ContentLinks.Broken b) {
        findings.add(Rule.BROKEN_LINK, link.pos(), what + " leads nowhere: " + b.reason());
      } else if (t instanceof ContentLinks.Content c
          && c.sitePath().startsWith("private/")
          && !source.startsWith("private/")) {
        findings.add(
            Rule.PRIVATE_LEAK,
            link.pos(),
            what
                + " leads to a private page, which only the author's handbook has: the shared"
                + " handbook would point the CEO and CMO at it; link it from another private page");
      } else if (t instanceof ContentLinks.Content && link.kind() == MarkdownLink.Kind.HTML) {
        findings.add(
            Rule.BROKEN_LINK,
            link.pos(),
            what
                + " leads nowhere on the site: raw HTML is published as written, so it would still"
                + " point at the .md file; write it as a Markdown link, [text]("
                + abbreviate(link.destination())
                + ")");
      } else if (t instanceof ContentLinks.Content c && !c.fragment().isEmpty()) {
        if (c.workflow() == null) {
          findings.add(
              Rule.BROKEN_LINK,
              link.pos(),
              what
                  + " leads nowhere: free pages have no anchors to link to; link to the page"
                  + " itself, without #"
                  + c.fragment());
        } else if (SectionName.ofAnchor(c.fragment()).isEmpty()) {
          findings.add(
              Rule.BROKEN_LINK,
              link.pos(),
              what
                  + " leads nowhere: \""
                  + c.fragment()
                  + "\" is not a section anchor"
                  + anchorHint(c.fragment()));
        }
      } else if (t instanceof ContentLinks.SamePage s
          && !s.fragment().isEmpty()
          && !ownAnchors.contains(s.fragment())) {
        findings.add(
            Rule.BROKEN_LINK,
            link.pos(),
            what
                + " leads nowhere: \""
                + s.fragment()
                + "\" is not "
                + (ownAnchors.isEmpty()
                    ? "an anchor: free pages have none to link to"
                    : "a section anchor on this page" + anchorHint(s.fragment())));
      }
    }
  }

  private static String anchorHint(String written) {
    return Suggestions.nearest(written, SectionName.anchors())
        .map(s -> "; did you mean \"#" + s + "\"?")
        .orElse("; the anchors are " + String.join(", ", SectionName.anchors()));
  }
}

package dev.handbook.check;

import dev.handbook.content.ContentLinks;
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
import java.util.regex.Pattern;

/**
 * broken-link in the content: section anchors of `[[id#section]]`, and relative links to other
 * content files.
 */
final class LinkChecks implements Check {
  private static final Pattern UNSAFE =
      Pattern.compile("^\\s*(javascript|vbscript|data|file):", Pattern.CASE_INSENSITIVE);

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 37) + "…" : s;
  }

  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      body(w.body(), SitePaths.source(w), SectionName.anchors(), index, findings);
    }
    for (Page p : handbook.pages()) {
      body(p.body(), SitePaths.source(p), null, index, findings);
    }
  }

  /**
   * @param ownAnchors the anchors a same-page `#link` may use, or null when any is accepted
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
      ContentLinks.Target t = index.links().resolve(source, link.destination());
      String what = link.image() ? "image" : "link";
      if (t instanceof ContentLinks.External e && UNSAFE.matcher(e.url()).find()) {
        findings.add(
            Rule.BROKEN_LINK,
            link.pos(),
            what
                + " \""
                + abbreviate(link.destination())
                + "\" uses a scheme that runs code or embeds data in the reader's browser; link to a page or an https address instead");
      } else if (t instanceof ContentLinks.Broken b) {
        findings.add(
            Rule.BROKEN_LINK,
            link.pos(),
            what + " \"" + link.destination() + "\" leads nowhere: " + b.reason());
      } else if (t instanceof ContentLinks.Content c
          && c.workflow() != null
          && !c.fragment().isEmpty()
          && SectionName.ofAnchor(c.fragment()).isEmpty()) {
        findings.add(
            Rule.BROKEN_LINK,
            link.pos(),
            what
                + " \""
                + link.destination()
                + "\" leads nowhere: \""
                + c.fragment()
                + "\" is not a section anchor"
                + anchorHint(c.fragment()));
      } else if (t instanceof ContentLinks.SamePage s
          && ownAnchors != null
          && !s.fragment().isEmpty()
          && !ownAnchors.contains(s.fragment())) {
        findings.add(
            Rule.BROKEN_LINK,
            link.pos(),
            what
                + " \""
                + link.destination()
                + "\" leads nowhere: \""
                + s.fragment()
                + "\" is not a section anchor on this page"
                + anchorHint(s.fragment()));
      }
    }
  }

  private static String anchorHint(String written) {
    return Suggestions.nearest(written, SectionName.anchors())
        .map(s -> "; did you mean \"#" + s + "\"?")
        .orElse("; the anchors are " + String.join(", ", SectionName.anchors()));
  }
}

package dev.handbook.model;

import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * A parsed Markdown body: its sections, where content was written before the first H2 (null when
 * none), and every mention and link in it. A workflow's body carries its prose rendered at read
 * time; the parsed document is kept only where rendering still needs it (free pages, and bodies
 * whose raw HTML or images go through the safelist), and is null otherwise.
 */
public record Body(
    List<Section> sections,
    SourcePos strayContent,
    List<Mention> mentions,
    List<WorkflowLink> workflowLinks,
    List<MarkdownLink> links,
    Document document,
    Prose prose) {

  public Body {
    sections = List.copyOf(sections);
    mentions = List.copyOf(mentions);
    workflowLinks = List.copyOf(workflowLinks);
    links = List.copyOf(links);
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * The structure of a Markdown body: its H2 sections, where content was written before the first H2
 * (null when none), and every mention and link in it. What it says, rendered, is its {@link Prose},
 * kept apart so that only the pages that show prose depend on it.
 */
public record Body(
    List<Section> sections,
    SourcePos strayContent,
    List<Mention> mentions,
    List<WorkflowLink> workflowLinks,
    List<MarkdownLink> links) {

  public Body {
    sections = List.copyOf(sections);
    mentions = List.copyOf(mentions);
    workflowLinks = List.copyOf(workflowLinks);
    links = List.copyOf(links);
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * The structure of a Markdown body: its H2 sections, where content was written before the first H2
 * (null when none), every mention and link in it, and where reading it stopped short (null when it
 * was read whole: a code fence never closed, or Markdown past the reader's limits, each already a
 * finding). What it says, rendered, is its {@link Prose}, kept apart so that only the pages that
 * show prose depend on it.
 */
public record Body(
    List<Section> sections,
    SourcePos strayContent,
    List<Mention> mentions,
    List<WorkflowLink> workflowLinks,
    List<MarkdownLink> links,
    SourcePos stoppedAt) {

  public Body {
    sections = List.copyOf(sections);
    mentions = List.copyOf(mentions);
    workflowLinks = List.copyOf(workflowLinks);
    links = List.copyOf(links);
  }

  /** A body that was not read at all, for the reason already reported at `at`. */
  public static Body unread(SourcePos at) {
    return new Body(List.of(), null, List.of(), List.of(), List.of(), at);
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * A top-level list item inside a section: its text as written, the mentions it contains, where it
 * is, and its words as a reader sees them (parts), so a page can show the item without Markdown
 * syntax, with names for mentions and titles for workflow links.
 */
public record ListEntry(String text, List<Mention> mentions, SourcePos pos, List<Part> parts) {
  public ListEntry {
    mentions = List.copyOf(mentions);
    parts = List.copyOf(parts);
  }

  /** A run of plain words, a mention (a party's id) or a workflow link (a workflow's id). */
  public record Part(String text, String mention, String workflow) {
    public static Part text(String text) {
      return new Part(text, null, null);
    }

    public static Part mention(String id) {
      return new Part(null, id, null);
    }

    public static Part workflow(String id) {
      return new Part(null, null, id);
    }
  }
}

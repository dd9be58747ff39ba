package dev.handbook.model;

import java.util.List;

/** A top-level list item inside a section, with the mentions it contains. */
public record ListEntry(String text, List<Mention> mentions, SourcePos pos) {
  public ListEntry {
    mentions = List.copyOf(mentions);
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * One H2 section of a body as written: its heading text (without a leading number), where it is,
 * whether it has any content, and its top-level list items.
 */
public record Section(String heading, SourcePos pos, boolean hasContent, List<ListEntry> items) {
  public Section {
    items = List.copyOf(items);
  }
}

package dev.handbook.model;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;

/**
 * One H2 section of a body as written: its heading text (without a leading number), whether it has
 * any content, its top-level list items, and its parsed Markdown blocks for rendering.
 */
public record Section(
    String heading, SourcePos pos, boolean hasContent, List<ListEntry> items, List<Node> blocks) {
  public Section {
    items = List.copyOf(items);
    blocks = List.copyOf(blocks);
  }
}

package dev.handbook.content;

import dev.handbook.model.SourcePos;
import java.util.List;
import java.util.Optional;

/** A YAML node that remembers where it was written, so every finding can point at its line. */
public sealed interface YNode {
  SourcePos pos();

  /** A word for the node's type, used in "expected a list, found text" messages. */
  String describe();

  /** A mapping with its keys in written order. */
  record YMap(List<Entry> entries, SourcePos pos) implements YNode {
    public YMap {
      entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
      return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, with the key's own position. */
  record Entry(String key, SourcePos keyPos, YNode value) {}

  /** A sequence. */
  record YList(List<YNode> items, SourcePos pos) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /**
   * A scalar: value is a String, Boolean, Number, or null for an empty value; text is as written.
   */
  record YScalar(Object value, String text, SourcePos pos) implements YNode {
    public boolean isNull() {
      return value == null;
    }

    public boolean isBlank() {
      return value == null || (value instanceof String s && s.isBlank());
    }

    @Override
    public String describe() {
      if (value == null) {
        return "nothing";
      }
      if (value instanceof Boolean) {
        return "true/false";
      }
      if (value instanceof Number) {
        return "a number";
      }
      return "text";
    }
  }
}

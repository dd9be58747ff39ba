package dev.handbook.content;

import dev.handbook.model.Prose;
import java.util.ArrayList;
import java.util.List;

/**
 * The holes of one body as it is rendered, under one mark (see {@link Prose}). What will not be
 * kept (an H2 that opens a section, text before the first section) is rendered with holes
 * suspended: as written, so that every hole made appears in the kept HTML exactly once.
 */
final class Holes {
  final String mark;
  final List<Prose.Hole> list = new ArrayList<>();
  private boolean suspended;

  Holes(String mark) {
    this.mark = mark;
  }

  /** Adds a hole and gives the token that stands for it; while suspended, what was written. */
  String add(Prose.Hole hole) {
    if (suspended) {
      return Markdown.asWritten(hole);
    }
    list.add(hole);
    return Prose.token(mark, list.size() - 1);
  }

  void suspend(boolean suspend) {
    this.suspended = suspend;
  }

  /** Forgets the holes added since the list had `size` of them. */
  void truncate(int size) {
    list.subList(size, list.size()).clear();
  }
}

package dev.handbook.model;

/** A 1-based line and column in a content file, as shown to the user. */
public record SourcePos(String file, int line, int column) {
  public SourcePos {
    line = Math.max(1, line);
    column = Math.max(1, column);
  }

  public static SourcePos start(String file) {
    return new SourcePos(file, 1, 1);
  }
}

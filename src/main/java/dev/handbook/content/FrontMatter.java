package dev.handbook.content;

import java.util.Arrays;
import java.util.Optional;

/**
 * A Markdown file split at its YAML front matter: the YAML between the `---` lines, the body after
 * them, and how many lines precede each so positions stay the file's own.
 */
record FrontMatter(String yaml, int yamlLineOffset, String body, int bodyLineOffset) {

  /** Empty when the file does not start with a `---` line or the block is never closed. */
  static Optional<FrontMatter> split(String text) {
    String[] lines = text.split("\n", -1);
    if (lines.length == 0 || !isFence(lines[0], "---")) {
      return Optional.empty();
    }
    for (int i = 1; i < lines.length; i++) {
      if (isFence(lines[i], "---") || isFence(lines[i], "...")) {
        String yaml = String.join("\n", Arrays.copyOfRange(lines, 1, i));
        String body = String.join("\n", Arrays.copyOfRange(lines, i + 1, lines.length));
        return Optional.of(new FrontMatter(yaml, 1, body, i + 1));
      }
    }
    return Optional.empty();
  }

  static boolean startsWithFence(String text) {
    int end = text.indexOf('\n');
    return isFence(end < 0 ? text : text.substring(0, end), "---");
  }

  private static boolean isFence(String line, String fence) {
    return line.stripTrailing().equals(fence);
  }
}

package dev.handbook.findings;

import dev.handbook.model.SourcePos;
import java.util.Comparator;
import java.util.List;

/**
 * One problem found in the content: where, how bad, which rule, what to do, and the other places
 * involved when two places disagree. A suppressed finding keeps the reason it was silenced.
 */
public record Finding(
    SourcePos pos,
    Severity severity,
    Rule rule,
    String message,
    List<SourcePos> related,
    String suppressedBy) {

  public Finding {
    related = List.copyOf(related);
  }

  /** Files first, then lines, then columns, then rule and message: the order every output uses. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing((Finding f) -> f.pos().file())
          .thenComparingInt(f -> f.pos().line())
          .thenComparingInt(f -> f.pos().column())
          .thenComparing(f -> f.rule().id())
          .thenComparing(Finding::message);

  public boolean suppressed() {
    return suppressedBy != null;
  }

  /** The same finding, said in other words. */
  public Finding withMessage(String other) {
    return new Finding(pos, severity, rule, other, related, suppressedBy);
  }

  public Finding suppress(String reason) {
    return new Finding(pos, severity, rule, message, related, reason);
  }

  /**
   * The compiler form editors and CI parse: `file:line:col: severity: message [rule]`. When the
   * other side of a disagreement is in another file, the message ends by citing it.
   */
  public String toText() {
    StringBuilder cite = new StringBuilder();
    for (SourcePos other : related) {
      if (other.file().equals(pos.file())) {
        continue;
      }
      cite.append(cite.length() == 0 ? " (see " : ", ")
          .append(other.file())
          .append(':')
          .append(other.line());
    }
    if (cite.length() > 0) {
      cite.append(')');
    }
    return oneLine(
        pos.file()
            + ":"
            + pos.line()
            + ":"
            + pos.column()
            + ": "
            + severity.id()
            + ": "
            + message
            + cite
            + " ["
            + rule.id()
            + "]");
  }

  /**
   * Text as one line a terminal shows as written: line breaks, other control characters, and the
   * marks that reorder text on screen (bidirectional overrides) are shown as escapes, so nothing in
   * content can start a line of its own or send a terminal a command.
   */
  public static String oneLine(String s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String escaped =
          switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> unsafe(c) ? String.format("\\u%04x", (int) c) : null;
          };
      if (escaped != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (escaped != null) {
          out.append(escaped);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s : out.toString();
  }

  private static boolean unsafe(char c) {
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || c == '\u2028'
        || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069')
        || c == '\u200e'
        || c == '\u200f'
        || c == '\u061c';
  }
}

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
    return pos.file()
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
        + "]";
  }
}

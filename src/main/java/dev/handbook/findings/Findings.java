package dev.handbook.findings;

import dev.handbook.model.SourcePos;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Collects the findings of a run; readers and rules add to it and never throw for bad content. */
public final class Findings {
  private final List<Finding> list = new ArrayList<>();

  public synchronized void add(Rule rule, SourcePos pos, String message, SourcePos... related) {
    add(rule, rule.severity(), pos, message, related);
  }

  public synchronized void add(
      Rule rule, Severity severity, SourcePos pos, String message, SourcePos... related) {
    list.add(new Finding(pos, severity, rule, message, List.of(related), null));
  }

  public synchronized void addAll(Collection<Finding> findings) {
    list.addAll(findings);
  }

  public synchronized List<Finding> all() {
    return List.copyOf(list);
  }

  /** All findings in reporting order. */
  public synchronized List<Finding> sorted() {
    List<Finding> copy = new ArrayList<>(list);
    copy.sort(Finding.ORDER);
    return copy;
  }
}

package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.model.Handbook;

/** One rule or a family of closely related rules; registered in {@link Checks#ALL}. */
public interface Check {
  void check(Handbook handbook, HandbookIndex index, Findings findings);
}

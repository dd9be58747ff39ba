package dev.handbook.check;

import dev.handbook.model.Handbook;
import java.util.List;

/** The registry of checks: adding a rule is adding one class and one line here. */
public final class Checks {
  private Checks() {}

  static final List<Check> ALL = List.of(
      new IdChecks(),
      new ReferenceChecks(),
      new SectionChecks(),
      new CriteriaChecks(),
      new PriorityChecks(),
      new LinkChecks());

  /** Runs every check over the handbook, adding to the findings already collected while reading. */
  public static void run(Handbook handbook, Findings findings) {
    HandbookIndex index = new HandbookIndex(handbook);
    for (Check check : ALL) check.check(handbook, index, findings);
  }
}

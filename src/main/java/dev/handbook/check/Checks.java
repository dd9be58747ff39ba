package dev.handbook.check;

import dev.handbook.findings.Finding;
import dev.handbook.findings.Findings;
import dev.handbook.model.Handbook;
import java.util.List;

/** The registry of checks: adding a rule is adding one class and one line here. */
public final class Checks {
  private Checks() {}

  static final List<Check> ALL =
      List.of(
          new IdChecks(),
          new ReferenceChecks(),
          new SectionChecks(),
          new CriteriaChecks(),
          new PriorityChecks(),
          new LinkChecks(),
          new CharterScopeChecks(),
          new WorkflowScopeChecks(),
          new AuthorityChecks(),
          new DecisionChecks(),
          new ConsumerChecks(),
          new CoverageChecks());

  /**
   * Runs every check over the handbook on top of the findings collected while reading, applies the
   * suppressions, and returns all findings in reporting order (suppressed ones marked).
   */
  public static List<Finding> run(Handbook handbook, HandbookIndex index, List<Finding> read) {
    Findings findings = new Findings();
    findings.addAll(read);
    for (Check check : ALL) {
      check.check(handbook, index, findings);
    }
    return SuppressionChecks.apply(handbook, findings.all());
  }
}

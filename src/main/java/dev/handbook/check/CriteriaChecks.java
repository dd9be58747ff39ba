package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Criteria;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Workflow;

/**
 * criteria-missing: the four tests that make something a workflow rather than a task or a project.
 */
final class CriteriaChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      Criteria c = w.criteria();
      if (c == null) {
        continue;
      }
      text(
          c.endToEnd(),
          "end-to-end",
          "from what start to what finished result does it run?",
          w,
          findings);
      if (c.crossFunctional() != null && c.crossFunctional().isEmpty()) {
        findings.add(
            Rule.CRITERIA_MISSING,
            c.crossFunctionalPos() != null ? c.crossFunctionalPos() : criteriaPos(w),
            "criterion \"cross-functional\" is empty; list the functions it spans, e.g. [demand, pmm, sales]");
      }
      text(
          c.repeatable(),
          "repeatable",
          "what makes it run again and again, and how often?",
          w,
          findings);
      text(c.aiRelevant(), "ai-relevant", "what part does AI do or speed up?", w, findings);
    }
  }

  private static void text(
      Located<String> value, String key, String question, Workflow w, Findings findings) {
    if (value != null && !value.value().isBlank()) {
      return;
    }
    if (value == null && w.criteria().keys().contains(key)) {
      return; // written, but not as text: already an invalid-value
    }
    findings.add(
        Rule.CRITERIA_MISSING,
        value != null ? value.pos() : criteriaPos(w),
        "criterion \"" + key + "\" is " + (value == null ? "missing" : "empty") + "; " + question);
  }

  private static SourcePos criteriaPos(Workflow w) {
    return w.criteria().pos();
  }
}

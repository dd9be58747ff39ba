package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.Priority;
import dev.handbook.model.Workflow;
import java.util.List;

/** priority-incomplete and impact-first: the five questions, answered in order, impact last. */
final class PriorityChecks implements Check {
  private static final List<String> FIRST_FOUR =
      List.of("who-needs-this", "decision-unblocked", "what-breaks", "why-now");

  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      Priority p = w.priority();
      if (p == null) {
        continue;
      }
      answer(p, p.whoNeedsThis(), "who-needs-this", "who needs this?", findings);
      answer(
          p,
          p.decisionUnblocked(),
          "decision-unblocked",
          "what decision does it unblock?",
          findings);
      answer(p, p.whatBreaks(), "what-breaks", "what breaks if it doesn't exist?", findings);
      answer(p, p.whyNow(), "why-now", "why now?", findings);
      answer(p, p.impact(), "impact", "what is the impact if it works?", findings);
      if (p.decidedBy() == null && !p.keyOrder().contains("decided-by")) {
        findings.add(
            Rule.PRIORITY_INCOMPLETE,
            p.pos(),
            "priority has no \"decided-by\"; who decides whether this goes ahead? name a function, never the role");
      } else if (p.decidedBy() != null && p.decidedBy().value().isEmpty()) {
        findings.add(
            Rule.PRIORITY_INCOMPLETE,
            p.decidedBy().pos(),
            "\"decided-by\" is empty; who decides whether this goes ahead? name a function, never the role");
      }
      impactFirst(p, findings);
    }
  }

  private static void answer(
      Priority p, Located<String> value, String key, String question, Findings findings) {
    if (value != null && !value.value().isBlank()) {
      return;
    }
    if (value == null && p.keyOrder().contains(key)) {
      return; // present but not text: already an invalid-value
    }
    findings.add(
        Rule.PRIORITY_INCOMPLETE,
        value != null ? value.pos() : p.pos(),
        "priority question \""
            + key
            + "\" is "
            + (value == null ? "unanswered" : "empty")
            + "; answer it: "
            + question);
  }

  private static void impactFirst(Priority p, Findings findings) {
    int impact = p.keyOrder().indexOf("impact");
    if (impact < 0 || p.impact() == null) {
      return;
    }
    for (String q : FIRST_FOUR) {
      int at = p.keyOrder().indexOf(q);
      if (at > impact) {
        findings.add(
            Rule.IMPACT_FIRST,
            p.impact().pos(),
            "\"impact\" is argued before \""
                + q
                + "\"; answer who needs it, the decision it unblocks, what breaks and why now first, then impact");
        return;
      }
    }
  }
}

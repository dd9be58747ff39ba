package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Handbook;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Mention;
import dev.handbook.model.Priority;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.Workflow;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who decides: every decision has exactly one owner (decision-owner), that owner is not the role
 * (role-decides: accountability without authority), and the role never decides priority
 * (prioritization-owner).
 */
final class DecisionChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      for (Section s : w.body().sections()) {
        if (s.is(SectionName.DECISIONS_INFORMED)) {
          decisions(s, index, findings);
        }
      }
      priority(w.priority(), index, findings);
    }
  }

  private static void decisions(Section s, HandbookIndex index, Findings findings) {
    if (s.items().isEmpty() && s.hasContent()) {
      findings.add(
          Rule.DECISION_OWNER,
          s.pos(),
          "Decisions Informed has no list: write each decision as a list item that ends with its one @owner");
    }
    for (ListEntry item : s.items()) {
      Set<String> owners = new LinkedHashSet<>();
      for (Mention m : item.mentions()) {
        owners.add(m.id());
      }
      String decision = quote(item.text());
      if (owners.isEmpty()) {
        findings.add(
            Rule.DECISION_OWNER,
            item.pos(),
            "decision " + decision + " names no owner: who decides? end it with one @owner");
      } else if (owners.size() > 1) {
        findings.add(
            Rule.DECISION_OWNER,
            item.pos(),
            "decision "
                + decision
                + " names "
                + owners.size()
                + " owners ("
                + String.join(", ", owners.stream().map(o -> "@" + o).toList())
                + "): a decision has exactly one owner; keep the one who decides and list the others under Consumers");
      } else {
        String owner = owners.iterator().next();
        if (index.isRoleSide(owner)) {
          findings.add(
              Rule.ROLE_DECIDES,
              item.pos(),
              "decision "
                  + decision
                  + " is owned by "
                  + index.name(owner)
                  + ", the role's own side: accountability without authority; the role informs this decision, so name the leader who makes it");
        }
      }
    }
  }

  private static void priority(Priority p, HandbookIndex index, Findings findings) {
    if (p == null || p.decidedBy() == null || !index.isRoleSide(p.decidedBy().value())) {
      return;
    }
    findings.add(
        Rule.PRIORITIZATION_OWNER,
        p.decidedBy().pos(),
        "decided-by is "
            + index.name(p.decidedBy().value())
            + ", the role's own side; the role owns execution readiness, not prioritization: name the leader who decides whether this goes ahead");
  }

  static String quote(String text) {
    String t = text.length() > 60 ? text.substring(0, 57).strip() + "…" : text;
    return "\"" + t + "\"";
  }
}

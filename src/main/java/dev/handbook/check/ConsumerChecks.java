package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Handbook;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Located;
import dev.handbook.model.Mention;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Workflow;
import java.util.LinkedHashSet;
import java.util.Set;

/** Somebody uses it (no-consumer) and more than one side takes part (not-cross-functional). */
final class ConsumerChecks implements Check {
  private static final String ROLE_SIDE = "the role and its team";

  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      Set<String> consumers = new LinkedHashSet<>();
      Section section = null;
      for (Section s : w.body().sections()) {
        if (!s.is(SectionName.CONSUMERS)) {
          continue;
        }
        section = section == null ? s : section;
        for (ListEntry item : s.items()) {
          if (item.mentions().isEmpty()) {
            findings.add(
                Rule.NO_CONSUMER,
                item.pos(),
                "consumer "
                    + DecisionChecks.quote(item.text())
                    + " names no @id: who is it? name the function or person with @id");
          }
          for (Mention m : item.mentions()) {
            consumers.add(m.id());
          }
        }
      }
      String owner = w.owner() == null ? null : w.owner().value();
      if (section != null && owner != null) {
        Set<String> others = new LinkedHashSet<>(consumers);
        others.remove(owner);
        if (others.isEmpty()) {
          findings.add(
              Rule.NO_CONSUMER,
              section.pos(),
              "Consumers names nobody but the owner"
                  + (consumers.isEmpty() ? "" : " (@" + owner + ")")
                  + ": who uses the outputs? a workflow nobody else consumes is a task; name each consumer with @id");
        }
      }
      crossFunctional(w, consumers, index, findings);
    }
  }

  private static void crossFunctional(
      Workflow w, Set<String> consumers, HandbookIndex index, Findings findings) {
    if (w.owner() == null) {
      return;
    }
    Set<String> parties = new LinkedHashSet<>();
    parties.add(side(w.owner().value(), index));
    for (Located<String> p : w.partners()) {
      parties.add(side(p.value(), index));
    }
    if (w.criteria() != null && w.criteria().crossFunctional() != null) {
      for (Located<String> p : w.criteria().crossFunctional()) {
        parties.add(side(p.value(), index));
      }
    }
    for (String c : consumers) {
      parties.add(side(c, index));
    }
    if (parties.size() >= 2) {
      return;
    }
    SourcePos at =
        w.criteria() != null && w.criteria().crossFunctionalPos() != null
            ? w.criteria().crossFunctionalPos()
            : w.owner().pos();
    findings.add(
        Rule.NOT_CROSS_FUNCTIONAL,
        at,
        "only "
            + (parties.contains(ROLE_SIDE) ? ROLE_SIDE : index.name(parties.iterator().next()))
            + " take part: a workflow crosses functions; name the others it spans in partners or criteria.cross-functional, or treat it as a task");
  }

  private static String side(String party, HandbookIndex index) {
    return index.isRoleSide(party) ? ROLE_SIDE : party;
  }
}

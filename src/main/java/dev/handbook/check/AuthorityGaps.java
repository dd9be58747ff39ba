package dev.handbook.check;

import dev.handbook.model.Area;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Accountability without authority over an area: in a placement, the role owns an area whose
 * `done-by` names a party outside the role and its team that takes part (as owner or partner) in
 * none of the area's workflows there. The `authority-gap` rule reports these; the author's review
 * lists them per placement.
 */
public final class AuthorityGaps {
  private AuthorityGaps() {}

  /**
   * One gap: the area, who does its work without a say, how many workflows the area has in the
   * placement, where `done-by` names the party, and where the placement owns the area.
   */
  public record Gap(
      Area area, Party party, int workflows, Located<String> doneBy, Located<String> owned) {}

  public static List<Gap> of(Handbook handbook, HandbookIndex index, Placement p) {
    List<Gap> gaps = new ArrayList<>();
    for (Located<String> owned : p.owns()) {
      Area a = index.area(owned.value()).orElse(null);
      if (a == null) {
        continue;
      }
      List<Workflow> workflows =
          handbook.workflows().stream()
              .filter(w -> w.area() != null && w.area().value().equals(a.id()))
              .filter(w -> index.placementsOf(w).contains(p))
              .toList();
      for (Located<String> doer : a.doneBy()) {
        Party party = index.party(doer.value()).orElse(null);
        if (party != null && !party.isRoleSide() && !takesPart(doer.value(), workflows)) {
          gaps.add(new Gap(a, party, workflows.size(), doer, owned));
        }
      }
    }
    return gaps;
  }

  private static boolean takesPart(String party, List<Workflow> workflows) {
    for (Workflow w : workflows) {
      if (w.owner() != null && w.owner().value().equals(party)) {
        return true;
      }
      for (Located<String> partner : w.partners()) {
        if (partner.value().equals(party)) {
          return true;
        }
      }
    }
    return false;
  }
}

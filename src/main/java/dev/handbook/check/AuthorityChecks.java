package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Handbook;
import dev.handbook.model.Placement;

/**
 * authority-gap: in a placement, the role owns an area whose work is done by people outside the
 * role and its team (`done-by`) who take part in none of the area's workflows, neither as owner nor
 * as partner. The role would answer for work it has no say in: accountability without authority.
 */
final class AuthorityChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Placement p : handbook.charter().placements()) {
      for (AuthorityGaps.Gap gap : AuthorityGaps.of(handbook, index, p)) {
        findings.add(
            Rule.AUTHORITY_GAP,
            gap.doneBy().pos(),
            "in placement \""
                + p.id()
                + "\", the role owns \""
                + gap.area().name()
                + "\", but "
                + gap.party().name()
                + " does the work (done-by) and "
                + (gap.workflows() == 0
                    ? "the area has no workflow yet to give it a say"
                    : gap.workflows() == 1
                        ? "is not a partner of its one workflow"
                        : "is a partner of none of its " + gap.workflows() + " workflows")
                + ": accountability without authority; name "
                + gap.party().id()
                + " as a partner of the area's workflows, or move the area to partners-on",
            gap.owned().pos());
      }
    }
  }
}

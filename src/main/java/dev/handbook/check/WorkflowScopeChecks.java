package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Severity;
import dev.handbook.model.Area;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * Where a workflow sits against each placement's boundaries: scope-creep, unassigned-area and
 * owner-not-team per placement, and sor-partner for the systems of record RevOps keeps.
 */
final class WorkflowScopeChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      if (w.area() == null || w.owner() == null) {
        continue;
      }
      Optional<Area> area = index.area(w.area().value());
      Optional<Party> owner = index.party(w.owner().value());
      if (area.isEmpty() || owner.isEmpty()) {
        continue;
      }
      Area a = area.get();
      for (Placement p : index.placementsOf(w)) {
        placement(w, a, owner.get(), p, index, findings);
      }
      systemOfRecord(w, a, findings);
    }
  }

  private static void placement(
      Workflow w, Area a, Party owner, Placement p, HandbookIndex index, Findings findings) {
    Placement.Stance stance = p.stanceOn(a.id());
    if (owner.isRoleSide()) {
      if (stance == Placement.Stance.DOES_NOT_OWN) {
        String areaOwner = index.ownerIn(p, a);
        findings.add(
            Rule.SCOPE_CREEP,
            w.area().pos(),
            "in placement \""
                + p.id()
                + "\", \""
                + a.name()
                + "\" is explicitly not the role's"
                + (areaOwner == null ? "" : " (" + index.name(areaOwner) + " owns it)")
                + ", yet "
                + owner.name()
                + " owns this workflow: hand it to "
                + (areaOwner == null ? "the area's owner" : areaOwner)
                + ", or limit it with `placements:`",
            itemPos(p, a));
      } else if (stance == Placement.Stance.UNASSIGNED) {
        findings.add(
            Rule.UNASSIGNED_AREA,
            Severity.WARNING,
            w.area().pos(),
            "in placement \""
                + p.id()
                + "\", \""
                + a.name()
                + "\" is in none of owns, partners-on or does-not-own, yet the role's team runs this workflow there: who owns this? add the area to one of the placement's lists",
            p.pos());
      }
    } else if (stance == Placement.Stance.OWNS && w.status() == Status.ACTIVE) {
      findings.add(
          Rule.OWNER_NOT_TEAM,
          w.owner().pos(),
          "in placement \""
              + p.id()
              + "\", the role owns \""
              + a.name()
              + "\", but this active workflow is owned by "
              + owner.name()
              + "; ownership follows who does the work: give it to a team member, or take the area out of owns",
          itemPos(p, a));
    }
  }

  private static void systemOfRecord(Workflow w, Area a, Findings findings) {
    if (!a.systemOfRecord() || a.owner() == null) {
      return;
    }
    String sor = a.owner().value();
    if (w.owner().value().equals(sor)) {
      return;
    }
    for (Located<String> partner : w.partners()) {
      if (partner.value().equals(sor)) {
        return;
      }
    }
    findings.add(
        Rule.SOR_PARTNER,
        w.area().pos(),
        "\""
            + a.name()
            + "\" is a system of record of "
            + sor
            + ", but this workflow names "
            + sor
            + " neither as owner nor as partner: add it to `partners:`; "
            + sor
            + " keeps the definitions this workflow depends on",
        a.pos());
  }

  private static SourcePos itemPos(Placement p, Area a) {
    for (var list : List.of(p.owns(), p.partnersOn(), p.doesNotOwn())) {
      for (Located<String> item : list) {
        if (item.value().equals(a.id())) {
          return item.pos();
        }
      }
    }
    return p.pos();
  }
}

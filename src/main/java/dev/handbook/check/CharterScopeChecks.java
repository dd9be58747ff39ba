package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Area;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.Placement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The charter's boundaries, per placement: one stance per area (owns-and-excludes), never owning a
 * `what` (owns-what), an owner for everything (no-owner), RevOps stays the system of record
 * (system-of-record), and explicit non-scope (no-non-scope).
 */
final class CharterScopeChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    Charter c = handbook.charter();
    holder(c, findings);
    for (Placement p : c.placements()) {
      if (p.rationale().isBlank()) {
        findings.add(
            Rule.NO_RATIONALE,
            p.pos(),
            "placement \""
                + p.id()
                + "\" does not say why it is defensible: add a `rationale` of two or three"
                + " sentences, so it stands on its own next to the other placement");
      }
      stances(p, index, findings);
      for (Located<String> owned : p.owns()) {
        Optional<Area> area = index.area(owned.value());
        if (area.isEmpty()) {
          continue;
        }
        Area a = area.get();
        if (a.kind() == Area.Kind.WHAT) {
          findings.add(
              Rule.OWNS_WHAT,
              owned.pos(),
              "placement \""
                  + p.id()
                  + "\" owns \""
                  + a.name()
                  + "\", a `what` area (strategy, targets, budget, messaging, prioritization, outcomes); the role owns how work gets done, not what: move it to does-not-own"
                  + (a.owner() == null ? "" : " (its owner: " + a.owner().value() + ")"),
              a.pos());
        }
        String reportsTo = p.reportsTo() == null ? null : p.reportsTo().value();
        if (a.systemOfRecord() && a.owner() != null && !a.owner().value().equals(reportsTo)) {
          findings.add(
              Rule.SYSTEM_OF_RECORD,
              owned.pos(),
              "placement \""
                  + p.id()
                  + "\" owns \""
                  + a.name()
                  + "\", a system of record of "
                  + a.owner().value()
                  + ", but reports to "
                  + reportsTo
                  + "; "
                  + a.owner().value()
                  + " stays the system of record: move it to partners-on",
              a.pos());
        }
      }
      for (Area a : c.areas()) {
        if (index.ownerIn(p, a) != null) {
          continue;
        }
        findings.add(
            Rule.NO_OWNER,
            a.pos(),
            "who owns \""
                + a.name()
                + "\" in placement \""
                + p.id()
                + "\"? the placement does not own it and the area names no owner: add `owner:` to the area",
            p.pos());
      }
      if (p.doesNotOwn().isEmpty()) {
        findings.add(
            Rule.NO_NON_SCOPE,
            p.doesNotOwnPos(),
            "placement \""
                + p.id()
                + "\" lists nothing under does-not-own; explicit non-scope is what keeps a three-person team from absorbing everything: list what the role does not own");
      }
    }
  }

  /**
   * One person, one page: exactly one team member holds the role (`holder: true`), the same person
   * as the role, counted once in the team and once against capacity.
   */
  private static void holder(Charter c, Findings findings) {
    if (c.members().isEmpty()) {
      return; // an empty or missing team is already a missing-field finding
    }
    if (c.holders().isEmpty()) {
      findings.add(
          Rule.MISSING_FIELD,
          c.capacityPos(),
          "no team member holds the role: mark the one who does with `holder: true`, so the team"
              + " reads as the people it is and the role's own work counts against their capacity");
    }
    for (Located<String> extra :
        c.holders().subList(Math.min(1, c.holders().size()), c.holders().size())) {
      findings.add(
          Rule.INVALID_VALUE,
          extra.pos(),
          "\""
              + extra.value()
              + "\" is marked `holder: true` too; exactly one member holds the role (\""
              + c.holders().get(0).value()
              + "\")",
          c.holders().get(0).pos());
    }
  }

  private static void stances(Placement p, HandbookIndex index, Findings findings) {
    Map<String, Located<String>> seen = new HashMap<>();
    Map<String, String> listOf = new HashMap<>();
    for (var list :
        List.of(
            Map.entry("owns", p.owns()),
            Map.entry("partners-on", p.partnersOn()),
            Map.entry("does-not-own", p.doesNotOwn()))) {
      for (Located<String> item : list.getValue()) {
        Located<String> first = seen.putIfAbsent(item.value(), item);
        if (first == null) {
          listOf.put(item.value(), list.getKey());
          continue;
        }
        String earlier = listOf.get(item.value());
        String where =
            earlier.equals(list.getKey())
                ? "twice in " + earlier
                : "in both " + earlier + " and " + list.getKey();
        findings.add(
            Rule.OWNS_AND_EXCLUDES,
            item.pos(),
            "placement \""
                + p.id()
                + "\" lists \""
                + item.value()
                + "\" "
                + where
                + " (first at line "
                + first.pos().line()
                + "); an area has one stance per placement: pick one",
            first.pos());
      }
    }
  }
}

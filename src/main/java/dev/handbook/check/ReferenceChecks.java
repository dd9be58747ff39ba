package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Area;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.Mention;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Workflow;
import dev.handbook.model.WorkflowLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * unknown-reference: every id a charter or workflow names must exist; the nearest real one is
 * suggested.
 */
final class ReferenceChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    charter(handbook.charter(), index, findings);
    for (Workflow w : handbook.workflows()) {
      workflow(w, index, findings);
    }
    List<Page> pages = new ArrayList<>(handbook.pages());
    pages.addAll(handbook.privateMaterial().pages());
    for (Page p : pages) {
      p.body().mentions().forEach(m -> mention(m, index, findings));
      p.body().workflowLinks().forEach(l -> workflowLink(l, index, findings));
    }
    Located<String> preferred = handbook.privateMaterial().preferred();
    if (preferred != null) {
      ref(preferred, "preferred", "placement", index::placement, index.placementIds(), findings);
    }
  }

  private static void charter(Charter c, HandbookIndex index, Findings findings) {
    for (Area a : c.areas()) {
      if (a.owner() != null) {
        ref(a.owner(), "owner", "party", index::party, index.partyIds(), findings);
      }
      if (a.today() != null) {
        ref(a.today(), "today", "party", index::party, index.partyIds(), findings);
      }
      for (Located<String> party : a.doneBy()) {
        ref(party, "done-by", "party", index::party, index.partyIds(), findings);
      }
    }
    for (Placement p : c.placements()) {
      if (p.reportsTo() != null) {
        ref(p.reportsTo(), "reports-to", "party", index::party, index.partyIds(), findings);
      }
      for (List<Located<String>> list : List.of(p.owns(), p.partnersOn(), p.doesNotOwn())) {
        list.forEach(
            a -> ref(a, "placement " + p.id(), "area", index::area, index.areaIds(), findings));
      }
    }
  }

  private static void workflow(Workflow w, HandbookIndex index, Findings findings) {
    if (w.category() != null) {
      ref(w.category(), "category", "category", index::category, index.categoryIds(), findings);
    }
    if (w.area() != null) {
      ref(w.area(), "area", "area", index::area, index.areaIds(), findings);
    }
    if (w.owner() != null) {
      ref(w.owner(), "owner", "party", index::party, index.partyIds(), findings);
    }
    w.placements()
        .forEach(
            p ->
                ref(
                    p,
                    "placements",
                    "placement",
                    index::placement,
                    index.placementIds(),
                    findings));
    for (Located<String> partner : w.partners()) {
      Optional<Party> p = index.party(partner.value());
      if (p.isEmpty()) {
        ref(partner, "partners", "function", id -> Optional.empty(), index.functionIds(), findings);
      } else if (p.get().isRoleSide()) {
        findings.add(
            Rule.INVALID_VALUE,
            partner.pos(),
            "partner \""
                + partner.value()
                + "\" is the role or its team; partners are the functions outside the role that this workflow works with");
      }
    }
    if (w.criteria() != null && w.criteria().crossFunctional() != null) {
      w.criteria()
          .crossFunctional()
          .forEach(
              p -> ref(p, "cross-functional", "party", index::party, index.partyIds(), findings));
    }
    if (w.priority() != null
        && w.priority().decidedBy() != null
        && !w.priority().decidedBy().value().isEmpty()) {
      ref(
          w.priority().decidedBy(),
          "decided-by",
          "party",
          index::party,
          index.partyIds(),
          findings);
    }
    w.body().mentions().forEach(m -> mention(m, index, findings));
    w.body().workflowLinks().forEach(l -> workflowLink(l, index, findings));
  }

  private static void mention(Mention m, HandbookIndex index, Findings findings) {
    if (index.party(m.id()).isPresent()) {
      return;
    }
    String hint =
        Suggestions.nearest(m.id(), index.partyIds())
            .map(s -> "; did you mean \"@" + s + "\"?")
            .orElse("");
    findings.add(
        Rule.UNKNOWN_REFERENCE,
        m.pos(),
        "@" + m.id() + " names nobody: no function, team member or role has that id" + hint);
  }

  private static void workflowLink(WorkflowLink l, HandbookIndex index, Findings findings) {
    if (index.workflow(l.target()).isPresent()) {
      return;
    }
    String hint =
        Suggestions.nearest(l.target(), index.workflowIds())
            .map(s -> "; did you mean [[" + s + "]]?")
            .orElse("");
    findings.add(
        Rule.UNKNOWN_REFERENCE, l.pos(), "[[" + l.target() + "]] links to no workflow" + hint);
  }

  private static <T> void ref(
      Located<String> ref,
      String field,
      String kind,
      Function<String, Optional<T>> lookup,
      List<String> known,
      Findings findings) {
    if (lookup.apply(ref.value()).isPresent()) {
      return;
    }
    String what =
        switch (kind) {
          case "party" -> "no function, team member or role";
          case "area" -> "no area in the charter";
          default -> "no " + kind + " in the charter";
        };
    findings.add(
        Rule.UNKNOWN_REFERENCE,
        ref.pos(),
        field
            + " \""
            + ref.value()
            + "\": "
            + what
            + " has that id"
            + Suggestions.didYouMean(ref.value(), known));
  }
}

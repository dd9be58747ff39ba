package dev.handbook.render;

import dev.handbook.check.AuthorityGaps;
import dev.handbook.findings.Finding;
import dev.handbook.findings.Severity;
import dev.handbook.model.Area;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `review.html`, for the author alone: the mentor's questions asked of each placement, as risks to
 * weigh before sharing. Where the role would answer for work others do without a say in it; which
 * leaders hand over an area, and what they then depend on the role for; the decisions the role's
 * work informs but does not own; the questions still open ("who owns this?"); and every warning in
 * plain words, suppressed ones with their reasons.
 */
final class ReviewPage implements PageKind {
  @Override
  public boolean in(Audience audience) {
    return audience == Audience.AUTHOR;
  }

  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Map<String, Object>> placements = new ArrayList<>();
    List<Map<String, Object>> leaders = site.impact();
    for (Placement p : site.placements()) {
      Map<String, Object> m = new LinkedHashMap<>(site.placement(p));
      m.put("gaps", gaps(site, p));
      m.put(
          "unknownDoers",
          p.owns().stream()
              .map(a -> site.index.area(a.value()))
              .anyMatch(a -> a.isPresent() && a.get().doneBy().isEmpty()));
      m.put("losses", losses(site, p, leaders));
      m.put("decisions", decisions(site, p));
      m.put("questions", questions(site, p));
      placements.add(m);
    }
    List<Map<String, Object>> warnings = new ArrayList<>();
    for (Finding f : site.findings) {
      if (f.severity() == Severity.WARNING) {
        warnings.add(FindingsPage.view(site, f));
      }
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("placements", placements);
    data.put("warnings", warnings);
    out.page(SitePaths.REVIEW, site.page("review.ftlh", 0, "Review before sharing", data));
  }

  private static List<Map<String, Object>> gaps(SiteContext site, Placement p) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (AuthorityGaps.Gap g : AuthorityGaps.of(site.handbook, site.index, p)) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("area", site.areaIn(p, g.area()));
      m.put("party", site.party(g.party().id()));
      m.put("workflows", g.workflows());
      list.add(m);
    }
    // An active workflow in an owned area, owned outside the team: the role answers for it.
    for (Workflow w : site.workflowsOf(p)) {
      if (w.area() == null || w.owner() == null || site.index.isRoleSide(w.owner().value())) {
        continue;
      }
      if (p.stanceOn(w.area().value()) == Placement.Stance.OWNS && w.status() == Status.ACTIVE) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("area", site.index.area(w.area().value()).map(a -> site.areaIn(p, a)).orElse(null));
        m.put("party", site.party(w.owner().value()));
        m.put("workflow", site.workflowSummary(w));
        list.add(m);
      }
    }
    return list;
  }

  /** The leaders who hand over an area in this placement, and what they consume from the role. */
  private static List<Map<String, Object>> losses(
      SiteContext site, Placement p, List<Map<String, Object>> leaders) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Map<String, Object> leader : leaders) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> per = (List<Map<String, Object>>) leader.get("placements");
      for (Map<String, Object> entry : per) {
        @SuppressWarnings("unchecked")
        Map<String, Object> placement = (Map<String, Object>) entry.get("placement");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> takes = (List<Map<String, Object>>) entry.get("takes");
        if (!placement.get("id").equals(p.id()) || takes.isEmpty()) {
          continue;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("leader", leader);
        m.put("takes", takes);
        m.put("leavesLine", takes.stream().anyMatch(t -> !(Boolean) t.get("staysInLine")));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> consumes = (List<Map<String, Object>>) leader.get("consumes");
        m.put(
            "consumes",
            consumes.stream()
                .filter(
                    w -> {
                      List<?> onlyIn = (List<?>) w.get("onlyIn");
                      return onlyIn.isEmpty() || onlyIn.contains(p.name());
                    })
                .toList());
        list.add(m);
      }
    }
    return list;
  }

  /** The decisions the role's workflows in this placement inform, and who makes each. */
  private static List<Map<String, Object>> decisions(SiteContext site, Placement p) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Workflow w : site.workflowsOf(p)) {
      if (w.id() == null || w.owner() == null || !site.index.isRoleSide(w.owner().value())) {
        continue;
      }
      for (Section s : w.body().sections()) {
        if (!s.is(SectionName.DECISIONS_INFORMED)) {
          continue;
        }
        for (ListEntry item : s.items()) {
          Map<String, Object> m = new LinkedHashMap<>();
          m.put("text", site.itemText(item));
          m.put("workflow", site.workflowSummary(w));
          m.put("anchor", SectionName.DECISIONS_INFORMED.anchor());
          List<Map<String, Object>> owners =
              item.mentions().stream().map(x -> site.party(x.id())).distinct().toList();
          m.put("owners", owners);
          m.put(
              "roleDecides", item.mentions().stream().anyMatch(x -> site.index.isRoleSide(x.id())));
          list.add(m);
        }
      }
    }
    return list;
  }

  /** "Who owns this?": what the placement leaves unsaid. */
  private static List<String> questions(SiteContext site, Placement p) {
    List<String> list = new ArrayList<>();
    for (Area a : site.charter().areas()) {
      Placement.Stance stance = p.stanceOn(a.id());
      if (stance == Placement.Stance.UNASSIGNED) {
        list.add(
            a.name()
                + " is in none of owns, partners-on or does-not-own: does the role take part in it"
                + " or not?");
      }
      if (site.ownerIn(p, a) == null) {
        list.add(a.name() + " has no owner here: who owns it?");
      }
      if (stance == Placement.Stance.OWNS) {
        boolean workflows =
            site.workflowsOf(p).stream()
                .anyMatch(w -> w.area() != null && w.area().value().equals(a.id()));
        if (!workflows) {
          list.add(
              a.name()
                  + " is owned by the role, but no workflow runs there yet: what will the team"
                  + " actually do in it?");
        }
        if (a.doneBy().isEmpty()) {
          list.add(
              a.name()
                  + " is owned by the role, but the charter does not say who does its work"
                  + " (done-by): is it the team, or someone the role cannot direct?");
        }
      }
    }
    for (Party member : site.charter().members()) {
      long active =
          site.workflowsOf(p).stream()
              .filter(
                  w ->
                      w.status() == Status.ACTIVE
                          && w.owner() != null
                          && site.index
                              .partiesOnPage(site.index.pageOf(member.id()))
                              .contains(w.owner().value()))
              .count();
      if (active >= site.charter().activeWorkflowsPerPerson()) {
        list.add(
            member.name()
                + " has no free slot here ("
                + active
                + " active of "
                + site.charter().activeWorkflowsPerPerson()
                + "): who runs the next workflow?");
      }
    }
    return list;
  }
}

package dev.handbook.render;

import dev.handbook.model.Area;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `functions/<id>.html`: one function, team member or the role, with what it owns, decides and
 * consumes. The team member who holds the role has no page of their own: they are the role, so the
 * role's page shows both (one person, one page).
 */
final class PartyPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Party> parties = new ArrayList<>();
    if (site.charter().role() != null) {
      parties.add(site.charter().role());
    }
    parties.addAll(site.charter().members());
    parties.addAll(site.charter().functions());
    Map<String, Party> unique = new LinkedHashMap<>();
    for (Party p : parties) {
      // The holder's page is the role's; a duplicate id is already an error (the first one wins).
      if (site.index.pageOf(p.id()).equals(p.id())) {
        unique.putIfAbsent(p.id(), p);
      }
    }
    Parallel.forEach(
        List.copyOf(unique.values()),
        p -> {
          // Everyone this page speaks for: the party, and for the role its holder too.
          Set<String> ids = site.index.partiesOnPage(p.id());
          Map<String, Object> data = new LinkedHashMap<>(site.party(p.id()));
          data.put(
              "heldBy",
              p.kind() == Party.Kind.ROLE && site.index.holderId() != null
                  ? site.party(site.index.holderId())
                  : null);
          data.put("teamSize", site.charter().members().size());
          data.put("impact", p.kind() == Party.Kind.FUNCTION ? site.impactOf(p.id()) : null);
          data.put("areas", areas(site, p));
          data.put(
              "owns",
              site.handbook.workflows().stream()
                  .filter(w -> w.owner() != null && ids.contains(w.owner().value()))
                  .map(site::workflowSummary)
                  .toList());
          data.put("decides", mentions(site, ids, SectionName.DECISIONS_INFORMED));
          data.put("consumes", mentions(site, ids, SectionName.CONSUMERS));
          data.put(
              "prioritizes",
              site.handbook.workflows().stream()
                  .filter(
                      w ->
                          w.priority() != null
                              && w.priority().decidedBy() != null
                              && ids.contains(w.priority().decidedBy().value()))
                  .map(site::workflowSummary)
                  .toList());
          out.page(SitePaths.party(p.id()), site.page("function.ftlh", 1, p.name(), data));
        });
  }

  /** Per placement (in alphabetical order), the areas this party owns there. */
  private static List<Map<String, Object>> areas(SiteContext site, Party p) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Placement pl : site.placements()) {
      List<Map<String, Object>> owned = new ArrayList<>();
      for (Area a : site.charter().areas()) {
        if (p.id().equals(site.ownerIn(pl, a))) {
          owned.add(Map.of("id", a.id(), "name", a.name(), "systemOfRecord", a.systemOfRecord()));
        }
      }
      list.add(Map.of("placement", site.placement(pl), "areas", owned));
    }
    return list;
  }

  /** The items of a section, across the handbook, that mention anyone this page speaks for. */
  private static List<Map<String, Object>> mentions(
      SiteContext site, Set<String> ids, SectionName section) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Workflow w : site.handbook.workflows()) {
      if (w.id() == null) {
        continue;
      }
      for (Section s : w.body().sections()) {
        if (!s.is(section)) {
          continue;
        }
        for (ListEntry item : s.items()) {
          if (item.mentions().stream().anyMatch(m -> ids.contains(m.id()))) {
            list.add(
                Map.of(
                    "workflow",
                    site.workflowSummary(w),
                    "text",
                    site.itemText(item, ids),
                    "anchor",
                    section.anchor()));
          }
        }
      }
    }
    return list;
  }
}

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

/**
 * `functions/<id>.html`: one function, team member or the role, with what it owns, decides and
 * consumes.
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
      unique.putIfAbsent(p.id(), p); // a duplicate id is already an error; the first one wins
    }
    Parallel.forEach(
        List.copyOf(unique.values()),
        p -> {
          Map<String, Object> data = new LinkedHashMap<>(site.party(p.id()));
          data.put("areas", areas(site, p));
          data.put(
              "owns",
              site.handbook.workflows().stream()
                  .filter(w -> w.owner() != null && w.owner().value().equals(p.id()))
                  .map(site::workflowSummary)
                  .toList());
          data.put("decides", mentions(site, p, SectionName.DECISIONS_INFORMED));
          data.put("consumes", mentions(site, p, SectionName.CONSUMERS));
          data.put(
              "prioritizes",
              site.handbook.workflows().stream()
                  .filter(
                      w ->
                          w.priority() != null
                              && w.priority().decidedBy() != null
                              && w.priority().decidedBy().value().equals(p.id()))
                  .map(site::workflowSummary)
                  .toList());
          out.page(path(p), site.page("function.ftlh", 1, p.name(), data));
        });
  }

  private static String path(Party p) {
    return SitePaths.party(p.id());
  }

  /** Per placement, the areas this party owns there. */
  private static List<Map<String, Object>> areas(SiteContext site, Party p) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Placement pl : site.charter().placements()) {
      List<Map<String, Object>> owned = new ArrayList<>();
      for (Area a : site.charter().areas()) {
        if (p.id().equals(site.ownerIn(pl, a))) {
          owned.add(Map.of("id", a.id(), "name", a.name(), "systemOfRecord", a.systemOfRecord()));
        }
      }
      list.add(Map.of("placement", Map.of("id", pl.id(), "name", pl.name()), "areas", owned));
    }
    return list;
  }

  private static List<Map<String, Object>> mentions(
      SiteContext site, Party p, SectionName section) {
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
          if (item.mentions().stream().anyMatch(m -> m.id().equals(p.id()))) {
            list.add(
                Map.of(
                    "workflow",
                    site.workflowSummary(w),
                    "text",
                    item.text(),
                    "anchor",
                    section.anchor()));
          }
        }
      }
    }
    return list;
  }
}

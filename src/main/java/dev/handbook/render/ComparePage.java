package dev.handbook.render;

import dev.handbook.model.Area;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** `compare.html`: the placements side by side, area by area, with what moves between them. */
final class ComparePage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Placement> placements = site.charter().placements();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Map<String, Object>> moves = new ArrayList<>();
    for (Area a : site.charter().areas()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Placement p : placements) {
        cells.add(site.areaIn(p, a));
      }
      boolean moved = cells.stream().map(c -> c.get("stance")).distinct().count() > 1;
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", a.id());
      row.put("name", a.name());
      row.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
      row.put("systemOfRecord", a.systemOfRecord());
      row.put("cells", cells);
      row.put("moves", moved);
      rows.add(row);
      if (moved) {
        moves.add(row);
      }
    }
    List<Map<String, Object>> onlyIn = new ArrayList<>();
    for (Workflow w : site.handbook.workflows()) {
      List<Placement> of = site.index.placementsOf(w);
      if (of.size() == placements.size()) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>(site.workflowSummary(w));
      m.put("placements", of.stream().map(SiteContext::placement).toList());
      onlyIn.add(m);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "placements",
        placements.stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>();
                  m.putAll(SiteContext.placement(p));
                  m.put("name", p.name());
                  m.put("preferred", p.preferred());
                  m.put(
                      "reportsTo",
                      p.reportsTo() == null ? null : site.party(p.reportsTo().value()));
                  m.put("owns", p.owns().size());
                  m.put("doesNotOwn", p.doesNotOwn().size());
                  m.put("workflows", site.workflowsOf(p).size());
                  return m;
                })
            .toList());
    data.put("rows", rows);
    data.put("moves", moves);
    data.put("onlyIn", onlyIn);
    out.page(SitePaths.COMPARE, site.page("compare.ftlh", 0, "Placements compared", data));
  }
}

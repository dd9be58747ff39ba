package dev.handbook.render;

import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `compare.html`: the placements side by side (in alphabetical order of name), each with why it is
 * defensible, then area by area, with what moves between them.
 */
final class ComparePage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Placement> placements = site.placements();
    List<Map<String, Object>> onlyIn = new ArrayList<>();
    for (Workflow w : site.handbook.workflows()) {
      List<Placement> of = site.index.placementsOf(w);
      if (of.size() == placements.size()) {
        continue;
      }
      Map<String, Object> m = new LinkedHashMap<>(site.workflowSummary(w));
      m.put("placements", placements.stream().filter(of::contains).map(site::placement).toList());
      onlyIn.add(m);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put(
        "placements",
        placements.stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>(site.placement(p));
                  m.put("owns", p.owns().size());
                  m.put("doesNotOwn", p.doesNotOwn().size());
                  m.put("workflows", site.workflowsOf(p).size());
                  return m;
                })
            .toList());
    List<Map<String, Object>> rows = site.compareRows();
    data.put("rows", rows);
    data.put("moves", rows.stream().filter(r -> (Boolean) r.get("moves")).toList());
    data.put("onlyIn", onlyIn);
    out.page(SitePaths.COMPARE, site.page("compare.ftlh", 0, "Placements compared", data));
  }
}

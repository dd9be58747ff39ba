package dev.handbook.render;

import dev.handbook.model.Area;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `placements/<id>.html`: one placement's owns, partners-on and does-not-own with each owner, and
 * its workflows by area (only the areas that have some).
 */
final class PlacementPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    for (Placement p : site.placements()) {
      Map<String, Object> data = new LinkedHashMap<>();
      data.putAll(site.placement(p));
      data.put("description", p.description());
      List<Map<String, Object>> owns = new ArrayList<>();
      List<Map<String, Object>> partners = new ArrayList<>();
      List<Map<String, Object>> excluded = new ArrayList<>();
      List<Map<String, Object>> unassigned = new ArrayList<>();
      List<Map<String, Object>> byArea = new ArrayList<>();
      List<Workflow> mine = site.workflowsOf(p);
      for (Area a : site.charter().areas()) {
        Map<String, Object> area = site.areaIn(p, a);
        switch (p.stanceOn(a.id())) {
          case OWNS -> owns.add(area);
          case PARTNERS_ON -> partners.add(area);
          case DOES_NOT_OWN -> excluded.add(area);
          case UNASSIGNED -> unassigned.add(area);
        }
        List<Map<String, Object>> workflows =
            mine.stream()
                .filter(w -> w.area() != null && w.area().value().equals(a.id()))
                .map(site::workflowSummary)
                .toList();
        // An area with no workflows here is left out of "Workflows by area" (on screen and on
        // paper); its anchor, which the scope map and workflow pages link to, moves to its row.
        area.put("hasWorkflows", !workflows.isEmpty());
        if (!workflows.isEmpty()) {
          Map<String, Object> entry = new LinkedHashMap<>(area);
          entry.put("workflows", workflows);
          byArea.add(entry);
        }
      }
      data.put("owns", owns);
      data.put("partnersOn", partners);
      data.put("doesNotOwn", excluded);
      data.put("unassigned", unassigned);
      data.put("byArea", byArea);
      data.put("workflowCount", mine.size());
      data.put("areaCount", site.charter().areas().size());
      out.page(SitePaths.placement(p.id()), site.page("placement.ftlh", 1, p.name(), data));
    }
  }
}

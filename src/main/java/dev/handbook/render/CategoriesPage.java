package dev.handbook.render;

import dev.handbook.model.Category;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `categories.html`: coverage of the categories against status and keystones, per placement, with
 * counts.
 */
final class CategoriesPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Map<String, Object>> tables = new ArrayList<>();
    for (Placement p : site.placements()) {
      List<Workflow> mine = site.workflowsOf(p);
      List<Map<String, Object>> rows = new ArrayList<>();
      int covered = 0;
      for (Category k : site.charter().categories()) {
        List<Workflow> in =
            mine.stream()
                .filter(w -> w.category() != null && w.category().value().equals(k.id()))
                .toList();
        Map<String, Object> row = counts(in);
        row.put("id", k.id());
        row.put("name", k.name());
        row.put("workflows", in.stream().map(site::workflowSummary).toList());
        if (in.stream().anyMatch(w -> w.status() == Status.ACTIVE)) {
          covered++;
        }
        rows.add(row);
      }
      Map<String, Object> table = new LinkedHashMap<>();
      table.putAll(site.placement(p));
      table.put("rows", rows);
      table.put("totals", counts(mine));
      table.put("activeCategories", covered);
      tables.add(table);
    }
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("tables", tables);
    data.put("categoryCount", site.charter().categories().size());
    data.put(
        "categories",
        site.charter().categories().stream()
            .map(
                k -> {
                  Map<String, Object> m = new LinkedHashMap<>(SiteContext.category(k));
                  m.put(
                      "workflows",
                      site.workflowsIn(k).stream().map(site::workflowSummary).toList());
                  return m;
                })
            .toList());
    out.page(SitePaths.CATEGORIES, site.page("categories.ftlh", 0, "Category coverage", data));
  }

  private static Map<String, Object> counts(List<Workflow> ws) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (Status s : Status.values()) {
      m.put(s.id(), ws.stream().filter(w -> w.status() == s).count());
    }
    m.put("keystones", ws.stream().filter(Workflow::keystone).count());
    m.put("total", ws.size());
    return m;
  }
}

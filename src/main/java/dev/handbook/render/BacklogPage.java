package dev.handbook.render;

import dev.handbook.model.SitePaths;
import dev.handbook.model.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `backlog.html`: the five questions for every workflow not yet active, and who decides. */
final class BacklogPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("backlog", items(site, Status.BACKLOG));
    data.put("ideal", items(site, Status.IDEAL));
    out.page(SitePaths.BACKLOG, site.page("backlog.ftlh", 0, "Backlog", data));
  }

  private static List<Map<String, Object>> items(SiteContext site, Status status) {
    return site.handbook.workflows().stream()
        .filter(w -> w.status() == status)
        .map(
            w -> {
              Map<String, Object> m = new LinkedHashMap<>(site.workflowSummary(w));
              m.put(
                  "category",
                  w.category() == null
                      ? ""
                      : site.index.category(w.category().value()).map(k -> k.name()).orElse(""));
              m.put("priority", WorkflowPage.priority(site, w.priority()));
              return m;
            })
        .toList();
  }
}

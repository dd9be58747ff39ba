package dev.handbook.render;

import dev.handbook.model.SitePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `impact.html`: per leader (function), what each placement hands over from them or brings into
 * their line compared with who holds each area today, and the role's workflows they consume or
 * feed. Both audiences.
 */
final class ImpactPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Map<String, Object>> leaders = site.impact();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("leaders", leaders);
    data.put("unaffected", leaders.stream().filter(x -> !(Boolean) x.get("any")).toList());
    out.page(SitePaths.IMPACT, site.page("impact.ftlh", 0, "Impact on each leader", data));
  }
}

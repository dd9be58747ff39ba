package dev.handbook.render;

import dev.handbook.model.SitePaths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** `scope-map.html`: per placement, the areas against their owners, drawn as inline SVG. */
final class ScopeMapPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Map<String, Object>> maps =
        site.placements().stream()
            .map(
                p -> {
                  Map<String, Object> m = new LinkedHashMap<>(site.placement(p));
                  m.put("svg", ScopeMapSvg.draw(site.charter(), site.index, p, ""));
                  return m;
                })
            .toList();
    out.page(
        SitePaths.SCOPE_MAP, site.page("scope-map.ftlh", 0, "Scope map", Map.of("maps", maps)));
  }
}

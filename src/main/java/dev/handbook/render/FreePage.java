package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import java.util.Map;
import java.util.Set;

/** `pages/<id>.html`: a free page from `content/pages/`, rendered whole. */
final class FreePage implements ProsePageKind {
  @Override
  public void render(SiteContext site, ProseHtml prose, SiteSink out, Set<String> only) {
    if (only != null) {
      return; // only workflows' prose changed
    }
    for (Page p : site.handbook.pages()) {
      out.page(
          SitePaths.page(p.id()),
          site.page(
              "page.ftlh",
              1,
              p.title(),
              Map.of("id", p.id(), "html", prose.html(p), "origin", site.source(p.file()))));
    }
  }
}

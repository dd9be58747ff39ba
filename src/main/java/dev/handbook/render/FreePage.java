package dev.handbook.render;

import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `pages/<id>.html`: a free page from `content/pages/`, rendered whole; in the author's copy also
 * `private/<id>.html` for each page of `content/private/` (the shared handbook's model has none).
 */
final class FreePage implements ProsePageKind {
  @Override
  public void render(SiteContext site, ProseHtml prose, SiteSink out, Set<String> only) {
    if (only != null) {
      return; // only workflows' prose changed
    }
    List<Page> pages = new ArrayList<>(site.handbook.pages());
    pages.addAll(site.handbook.privateMaterial().pages());
    for (Page p : pages) {
      out.page(
          SitePaths.page(p),
          site.page(
              "page.ftlh",
              1,
              p.title(),
              Map.of("id", p.id(), "html", prose.html(p), "origin", site.source(p.file()))));
    }
  }
}

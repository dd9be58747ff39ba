package dev.handbook.render;

import dev.handbook.model.Page;
import java.util.Map;

/** `pages/<id>.html`: a free page from `content/pages/`, rendered whole. */
final class FreePage implements PageRenderer {
  @Override
  public void render(SiteContext site, SiteSink out) {
    for (Page p : site.handbook.pages()) {
      String html = site.markdown.render(p.body().document());
      out.page(
          "pages/" + p.id() + ".html",
          site.page(
              "page.ftlh",
              1,
              p.title(),
              Map.of("id", p.id(), "html", html, "origin", site.source(p.file()))));
    }
  }
}

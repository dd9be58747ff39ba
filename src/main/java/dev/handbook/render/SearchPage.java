package dev.handbook.render;

import dev.handbook.model.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * `search.html` and lunr.js from the jar: offline search over the index {@link SearchIndex} writes.
 * The index is built in the browser; nothing is fetched.
 */
final class SearchPage implements PageKind {
  static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

  @Override
  public void render(SiteContext site, SiteSink out) {
    try (InputStream in = SearchPage.class.getClassLoader().getResourceAsStream(LUNR)) {
      if (in == null) {
        throw new IllegalStateException("lunr.js missing from the jar: " + LUNR);
      }
      out.put(SitePaths.LUNR, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.page(SitePaths.SEARCH, site.page("search.ftlh", 0, "Search", Map.of()));
  }
}

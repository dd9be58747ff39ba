package dev.handbook.render;

import dev.handbook.model.SitePaths;
import java.nio.charset.StandardCharsets;

/**
 * `robots.txt`: the handbook is internal, so no search engine may index any of it. Every page also
 * says `noindex, nofollow` (the layout), for hosts that serve it under a path.
 */
final class RobotsFile implements PageKind {
  static final String TEXT =
      "# An internal handbook: keep it out of every search engine.\nUser-agent: *\nDisallow: /\n";

  @Override
  public void render(SiteContext site, SiteSink out) {
    out.put(SitePaths.ROBOTS, TEXT.getBytes(StandardCharsets.UTF_8));
  }
}

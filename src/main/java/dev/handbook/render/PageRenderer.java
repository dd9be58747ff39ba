package dev.handbook.render;

/**
 * One kind of page (index, workflow, party, free page): adds its pages, keyed by site path, to the
 * output.
 */
interface PageRenderer {
  void render(SiteContext site, SiteSink out);
}

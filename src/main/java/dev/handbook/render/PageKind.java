package dev.handbook.render;

/**
 * One kind of page (the index, the placements, the scope map…): adds its pages, keyed by site path,
 * to the output. A kind that shows workflows' or free pages' prose is a {@link ProsePageKind}
 * instead; this one is never handed prose, so an edit of prose alone never needs it rendered again.
 */
interface PageKind {
  void render(SiteContext site, SiteSink out);

  /** Whether the handbook for this audience has this kind of page: most kinds are in both. */
  default boolean in(Audience audience) {
    return true;
  }
}

package dev.handbook.render;

import java.util.Set;

/**
 * A kind of page that shows prose: the workflow pages, the free pages, the search index. When an
 * edit changes nothing but some workflows' prose, only these kinds render again, and only for those
 * workflows.
 */
interface ProsePageKind {
  /**
   * @param only the ids of the workflows whose prose changed; null to render every page of the kind
   */
  void render(SiteContext site, ProseHtml prose, SiteSink out, Set<String> only);
}

package dev.handbook.model;

/**
 * Where every page of the site lives, relative to the site root: the one place a page's URL is
 * spelled. Templates receive these paths in their data instead of building them.
 */
public final class SitePaths {
  private SitePaths() {}

  public static final String INDEX = "index.html";
  public static final String COMPARE = "compare.html";
  public static final String CATEGORIES = "categories.html";
  public static final String SCOPE_MAP = "scope-map.html";
  public static final String BACKLOG = "backlog.html";
  public static final String FINDINGS = "findings.html";
  public static final String SEARCH = "search.html";
  public static final String HANDBOOK_JSON = "handbook.json";
  public static final String SEARCH_INDEX = "assets/search-index.js";
  public static final String LUNR = "assets/lunr.min.js";
  public static final String STYLE = "assets/style.css";
  public static final String SEARCH_SCRIPT = "assets/search.js";
  public static final String BRIEF_STYLE = "assets/brief.css";

  /** The executive one-sheet with every placement side by side. */
  public static final String BRIEF = "brief.html";

  /** Per leader, what each placement gives or takes. */
  public static final String IMPACT = "impact.html";

  /** What changed since the version last shared. */
  public static final String CHANGES = "changes.html";

  /** The mentor's review, for the author alone. */
  public static final String REVIEW = "review.html";

  /** One placement on one sheet. */
  public static String brief(String placementId) {
    return "brief/" + placementId + ".html";
  }

  /** A leader's section on the impact page. */
  public static String impactAnchor(String partyId) {
    return "leader-" + partyId;
  }

  public static String workflow(String id) {
    return "workflows/" + id + ".html";
  }

  /** A function's, a team member's or the role's page. */
  public static String party(String id) {
    return "functions/" + id + ".html";
  }

  public static String placement(String id) {
    return "placements/" + id + ".html";
  }

  /** A free page from `content/pages/`. */
  public static String page(String id) {
    return "pages/" + id + ".html";
  }

  /** A free page's own page: under `private/` for one only the author's handbook shows. */
  public static String page(Page p) {
    return p.authorOnly() ? "private/" + p.id() + ".html" : page(p.id());
  }

  /** The robots file that keeps every search engine out. */
  public static final String ROBOTS = "robots.txt";

  /** A rule's page, by the rule's id. */
  public static String rule(String ruleId) {
    return "rules/" + ruleId + ".html";
  }

  /** A category's list on the coverage page. */
  public static String category(String id) {
    return CATEGORIES + "#" + categoryAnchor(id);
  }

  /** The id of a category's list on the coverage page. */
  public static String categoryAnchor(String id) {
    return "cat-" + id;
  }

  /** The id of an area on a placement's page. */
  public static String areaAnchor(String areaId) {
    return "area-" + areaId;
  }

  /** The id of a placement's map on the scope map. */
  public static String mapAnchor(String placementId) {
    return "map-" + placementId;
  }

  /** The id of a placement's table on the coverage page. */
  public static String coverageAnchor(String placementId) {
    return "coverage-" + placementId;
  }

  /** A workflow's source file inside the content folder, with `/` separators. */
  public static String source(Workflow w) {
    return "workflows/" + w.folder() + "/" + w.fileId() + ".md";
  }

  /** A free page's source file inside the content folder. */
  public static String source(Page p) {
    return (p.authorOnly() ? "private/" : "pages/") + p.id() + ".md";
  }
}

package dev.handbook.render;

import dev.handbook.check.HandbookIndex;
import dev.handbook.findings.Finding;
import dev.handbook.model.Area;
import dev.handbook.model.Category;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What every kind of page shares in one run: the model, its index, the findings, the templates, and
 * the data every template gets (navigation, and each thing's URL from {@link SitePaths}).
 */
final class SiteContext {
  final Handbook handbook;
  final HandbookIndex index;
  final List<Finding> findings;
  final Templates templates;
  private final Map<String, Object> common;
  private final Map<String, List<Workflow>> inCategory;
  private final Map<String, Workflow> byFile;

  final SiteOptions options;

  SiteContext(
      Handbook handbook,
      HandbookIndex index,
      List<Finding> findings,
      Templates templates,
      SiteOptions options) {
    this.options = options;
    this.handbook = handbook;
    this.index = index;
    this.findings = List.copyOf(findings);
    this.templates = templates;
    Map<String, List<Workflow>> byCategory = new LinkedHashMap<>();
    for (Workflow w : handbook.workflows()) {
      if (w.category() != null) {
        byCategory.computeIfAbsent(w.category().value(), k -> new ArrayList<>()).add(w);
      }
    }
    this.inCategory = byCategory;
    Map<String, Workflow> byFile = new HashMap<>();
    for (Workflow w : handbook.workflows()) {
      byFile.putIfAbsent(w.file(), w);
    }
    this.byFile = byFile;
    this.common = common();
  }

  Charter charter() {
    return handbook.charter();
  }

  /**
   * Renders a page template at the given depth below the site root, with the navigation every page
   * shares.
   */
  String page(String template, int depth, String title, Map<String, Object> data) {
    Map<String, Object> all = new LinkedHashMap<>(common);
    all.putAll(data);
    all.put("root", "../".repeat(depth));
    all.put("title", title);
    return templates.apply(template, all);
  }

  /** The "edit this page" link and git's last-changed date for a content file, as template data. */
  Map<String, Object> source(String file) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", file);
    m.put("editUrl", options.editUrl().isEmpty() ? "" : options.editUrl() + file);
    m.put("lastChanged", options.lastChanged().getOrDefault(file, ""));
    return m;
  }

  /**
   * Above this many workflows the sidebar lists categories only, expanding the current page's
   * category around it: a sidebar of every workflow on every page grows with the square of the
   * handbook and buries the reader.
   */
  static final int FULL_NAV_LIMIT = 120;

  private static final int NAV_WINDOW = 40;

  /**
   * For a collapsed sidebar, the slice of a workflow's category shown around it; null when not
   * needed.
   */
  Map<String, Object> navAround(Workflow w) {
    if (handbook.workflows().size() <= FULL_NAV_LIMIT || w.category() == null) {
      return null;
    }
    List<Workflow> in = inCategory.getOrDefault(w.category().value(), List.of());
    int at = 0;
    while (at < in.size() && in.get(at) != w) {
      at++; // identity: records' equals compares whole workflows
    }
    if (at == in.size()) {
      at = 0;
    }
    int from = Math.max(0, Math.min(at - NAV_WINDOW / 2, in.size() - NAV_WINDOW));
    List<Workflow> slice = in.subList(from, Math.min(in.size(), from + NAV_WINDOW));
    return Map.of(
        "id",
        w.category().value(),
        "workflows",
        slice.stream().map(this::workflowSummary).toList());
  }

  /** The workflow read from a file, or null. */
  Workflow workflowOfFile(String file) {
    return byFile.get(file);
  }

  List<Workflow> workflowsIn(Category c) {
    return inCategory.getOrDefault(c.id(), List.of());
  }

  /**
   * Who owns an area in a placement: the role when the placement owns it, otherwise the area's
   * owner.
   */
  String ownerIn(Placement p, Area a) {
    return index.ownerIn(p, a);
  }

  Map<String, Object> party(String id) {
    Party p = index.party(id).orElse(null);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("name", p == null ? id : p.name());
    m.put("kind", p == null ? "unknown" : p.kind().name().toLowerCase(Locale.ROOT));
    m.put("known", p != null);
    m.put("url", SitePaths.party(id));
    return m;
  }

  /** A placement by name and page. */
  static Map<String, Object> placement(Placement p) {
    return Map.of(
        "id",
        p.id(),
        "name",
        p.name(),
        "url",
        SitePaths.placement(p.id()),
        "mapAnchor",
        SitePaths.mapAnchor(p.id()),
        "coverageAnchor",
        SitePaths.coverageAnchor(p.id()));
  }

  /** A category by name and its row on the coverage page. */
  static Map<String, Object> category(Category k) {
    return Map.of(
        "id",
        k.id(),
        "name",
        k.name(),
        "url",
        SitePaths.category(k.id()),
        "anchor",
        SitePaths.categoryAnchor(k.id()));
  }

  /** An area as templates show it within one placement: its stance there and who owns it. */
  Map<String, Object> areaIn(Placement p, Area a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("name", a.name());
    m.put("description", a.description());
    m.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
    m.put("systemOfRecord", a.systemOfRecord());
    m.put("stance", stance(p.stanceOn(a.id())));
    m.put("anchor", SitePaths.areaAnchor(a.id()));
    String owner = ownerIn(p, a);
    m.put("owner", owner == null ? null : party(owner));
    return m;
  }

  static String stance(Placement.Stance s) {
    return switch (s) {
      case OWNS -> "owns";
      case PARTNERS_ON -> "partners-on";
      case DOES_NOT_OWN -> "does-not-own";
      case UNASSIGNED -> "unassigned";
    };
  }

  /** The workflows that apply to a placement (all, unless a workflow names its placements). */
  List<Workflow> workflowsOf(Placement p) {
    return handbook.workflows().stream().filter(w -> index.placementsOf(w).contains(p)).toList();
  }

  Map<String, Object> workflowSummary(Workflow w) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", w.idOrFileId());
    m.put("title", w.title());
    m.put("url", SitePaths.workflow(w.idOrFileId()));
    m.put("status", w.status() == null ? "unknown" : w.status().id());
    m.put("keystone", w.keystone());
    m.put("owner", w.owner() == null ? party("") : party(w.owner().value()));
    return m;
  }

  private Map<String, Object> common() {
    Map<String, Object> m = new LinkedHashMap<>();
    Charter c = charter();
    m.put("roleTitle", c.role() == null ? "Handbook" : c.role().name());
    Map<String, Object> urls = new LinkedHashMap<>();
    urls.put("index", SitePaths.INDEX);
    urls.put("compare", SitePaths.COMPARE);
    urls.put("scopeMap", SitePaths.SCOPE_MAP);
    urls.put("categories", SitePaths.CATEGORIES);
    urls.put("backlog", SitePaths.BACKLOG);
    urls.put("findings", SitePaths.FINDINGS);
    urls.put("search", SitePaths.SEARCH);
    urls.put("style", SitePaths.STYLE);
    urls.put("lunr", SitePaths.LUNR);
    urls.put("searchIndex", SitePaths.SEARCH_INDEX);
    urls.put("searchScript", SitePaths.SEARCH_SCRIPT);
    m.put("urls", urls);
    m.put(
        "nav",
        List.of(
            link("Overview", SitePaths.INDEX),
            link("Placements", SitePaths.COMPARE),
            link("Scope map", SitePaths.SCOPE_MAP),
            link("Coverage", SitePaths.CATEGORIES),
            link("Backlog", SitePaths.BACKLOG),
            link("Findings", SitePaths.FINDINGS)));
    List<Map<String, Object>> nav = new ArrayList<>();
    boolean collapsed = handbook.workflows().size() > FULL_NAV_LIMIT;
    for (Category k : c.categories()) {
      List<Workflow> in = workflowsIn(k);
      Map<String, Object> cat = new LinkedHashMap<>();
      cat.put("id", k.id());
      cat.put("name", k.name());
      cat.put("url", SitePaths.category(k.id()));
      cat.put("count", in.size());
      cat.put("collapsed", collapsed);
      cat.put("workflows", collapsed ? List.of() : in.stream().map(this::workflowSummary).toList());
      nav.add(cat);
    }
    m.put("navCategories", nav);
    List<Map<String, Object>> pages = new ArrayList<>();
    for (Page p : handbook.pages()) {
      pages.add(Map.of("id", p.id(), "title", p.title(), "url", SitePaths.page(p.id())));
    }
    m.put("navPages", pages);
    m.put(
        "navPlacements",
        c.placements().stream()
            .map(
                p ->
                    Map.of(
                        "id",
                        p.id(),
                        "name",
                        p.name(),
                        "url",
                        SitePaths.placement(p.id()),
                        "preferred",
                        p.preferred()))
            .toList());
    return m;
  }

  /** A link as templates take it: its label and its URL from the site root. */
  static Map<String, Object> link(String label, String url) {
    return Map.of("label", label, "url", url);
  }
}

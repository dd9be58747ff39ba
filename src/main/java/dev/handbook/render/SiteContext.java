package dev.handbook.render;

import dev.handbook.check.HandbookIndex;
import dev.handbook.findings.Finding;
import dev.handbook.model.Area;
import dev.handbook.model.Category;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Located;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Prose;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What every kind of page shares in one run: the model, its index, the findings, the templates, the
 * audience, and the data every template gets (navigation, and each thing's URL from {@link
 * SitePaths}). For the shared audience the handbook it is given holds nothing private, and no data
 * it hands a template carries a preference.
 */
final class SiteContext {
  final Handbook handbook;
  final Audience audience;
  final HandbookIndex index;
  final List<Finding> findings;
  final Templates templates;
  private final Map<String, Object> common;
  private final Map<String, List<Workflow>> inCategory;
  private final Map<String, Workflow> byFile;

  final SiteOptions options;

  /** Each function's impact, worked out once for the pages that show it (impact, review, party). */
  private List<Map<String, Object>> impact;

  SiteContext(
      Handbook handbook,
      HandbookIndex index,
      List<Finding> findings,
      Templates templates,
      SiteOptions options,
      Audience audience) {
    this.options = options;
    this.audience = audience;
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

  boolean author() {
    return audience == Audience.AUTHOR;
  }

  /**
   * The placements in alphabetical order of name: the shared handbook lists neither first by
   * preference, and the author's copy keeps the same order.
   */
  List<Placement> placements() {
    return charter().placements().stream()
        .sorted(
            Comparator.comparing((Placement p) -> p.name().toLowerCase(Locale.ROOT))
                .thenComparing(Placement::id))
        .toList();
  }

  /** Whether this is the author's preferred placement: always false in the shared handbook. */
  boolean preferred(Placement p) {
    var preferred = handbook.privateMaterial().preferred();
    return author() && preferred != null && preferred.value().equals(p.id());
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
    m.put("url", SitePaths.party(index.pageOf(id)));
    m.put("holder", id.equals(index.holderId()));
    return m;
  }

  /**
   * A placement by name, page, who it reports to and why it is defensible; in the author's copy
   * only, whether it is the preferred one (the shared handbook's data has no such field).
   */
  Map<String, Object> placement(Placement p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", p.id());
    m.put("name", p.name());
    m.put("url", SitePaths.placement(p.id()));
    m.put("mapAnchor", SitePaths.mapAnchor(p.id()));
    m.put("coverageAnchor", SitePaths.coverageAnchor(p.id()));
    m.put("rationale", p.rationale());
    m.put("reportsTo", p.reportsTo() == null ? null : party(p.reportsTo().value()));
    if (author()) {
      m.put("preferred", preferred(p));
    }
    return m;
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
    urls.put("brief", SitePaths.BRIEF);
    urls.put("briefStyle", SitePaths.BRIEF_STYLE);
    urls.put("impact", SitePaths.IMPACT);
    urls.put("changes", SitePaths.CHANGES);
    urls.put("review", SitePaths.REVIEW);
    m.put("urls", urls);
    m.put("author", author());
    if (options.version() != null) {
      m.put(
          "builtFrom",
          Map.of(
              "commit",
              options.version().shortCommit(),
              "date",
              options.version().date(),
              "dirty",
              options.version().dirty()));
    }
    List<Map<String, Object>> top = new ArrayList<>();
    top.add(link("Overview", SitePaths.INDEX));
    top.add(link("Brief", SitePaths.BRIEF));
    top.add(link("Placements", SitePaths.COMPARE));
    top.add(link("Impact", SitePaths.IMPACT));
    top.add(link("Scope map", SitePaths.SCOPE_MAP));
    top.add(link("Coverage", SitePaths.CATEGORIES));
    top.add(link("Backlog", SitePaths.BACKLOG));
    if (options.previous() != null) {
      top.add(link("Changes", SitePaths.CHANGES));
    }
    if (author()) {
      top.add(link("Review", SitePaths.REVIEW));
      top.add(link("Findings", SitePaths.FINDINGS));
    }
    m.put("nav", top);
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
      pages.add(Map.of("id", p.id(), "title", p.title(), "url", SitePaths.page(p)));
    }
    m.put("navPages", pages);
    List<Map<String, Object>> privatePages = new ArrayList<>();
    for (Page p : handbook.privateMaterial().pages()) {
      privatePages.add(Map.of("id", p.id(), "title", p.title(), "url", SitePaths.page(p)));
    }
    m.put("navPrivate", privatePages);
    m.put("navPlacements", placements().stream().map(this::placement).toList());
    return m;
  }

  /**
   * The team as readers count it: its members, the holder among them (the role's own person, so the
   * team of three includes the holder), and each member's capacity used and free.
   */
  List<Map<String, Object>> team() {
    return team(null);
  }

  /** The same, counting only the workflows of one placement (every workflow when null). */
  List<Map<String, Object>> team(Placement placement) {
    Charter c = charter();
    List<Map<String, Object>> team = new ArrayList<>();
    List<Workflow> workflows = placement == null ? handbook.workflows() : workflowsOf(placement);
    for (Party m : c.members()) {
      boolean holder = m.id().equals(index.holderId());
      long used =
          workflows.stream()
              .filter(w -> w.status() == Status.ACTIVE && w.owner() != null)
              .map(w -> w.owner().value())
              .filter(
                  owner ->
                      owner.equals(m.id())
                          || (holder && c.role() != null && owner.equals(c.role().id())))
              .count();
      Map<String, Object> member = new LinkedHashMap<>(party(m.id()));
      member.put("title", m.name());
      member.put("used", used);
      member.put("free", Math.max(0, c.activeWorkflowsPerPerson() - used));
      team.add(member);
    }
    return team;
  }

  /**
   * The placements side by side, one row per area of the scope map, in charter order: each
   * placement's stance on the area and who owns it there, and whether the area moves between them.
   */
  List<Map<String, Object>> compareRows() {
    List<Placement> placements = placements();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Area a : charter().areas()) {
      List<Map<String, Object>> cells = new ArrayList<>();
      for (Placement p : placements) {
        Map<String, Object> cell = new LinkedHashMap<>(areaIn(p, a));
        cell.put("placement", placement(p));
        cell.put("stanceLabel", stanceLabel(p.stanceOn(a.id())));
        cells.add(cell);
      }
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("id", a.id());
      row.put("name", a.name());
      row.put("kind", a.kind().name().toLowerCase(Locale.ROOT));
      row.put("systemOfRecord", a.systemOfRecord());
      row.put("cells", cells);
      row.put("moves", cells.stream().map(cell -> cell.get("stance")).distinct().count() > 1);
      rows.add(row);
    }
    return rows;
  }

  /** The areas that move between the placements: how they differ. */
  List<Map<String, Object>> differences() {
    return compareRows().stream().filter(r -> (Boolean) r.get("moves")).toList();
  }

  /** A stance as a reader says it. */
  static String stanceLabel(Placement.Stance s) {
    return switch (s) {
      case OWNS -> "owns";
      case PARTNERS_ON -> "partners on";
      case DOES_NOT_OWN -> "does not own";
      case UNASSIGNED -> "takes no stance on";
    };
  }

  /**
   * A list item as a reader sees it on another page: no Markdown syntax, a name for each mention, a
   * title for each workflow link; the mentions that end the item (its owner tags, such as "Go or
   * no-go @cmo") left out, since the page already says whose list this is.
   */
  String itemText(ListEntry item) {
    return itemText(item, Set.of());
  }

  /**
   * The same, on a page about `self` (a party's page, its part of the impact page): a mention of
   * that party opening the item ("Chief Marketing Officer, owner of the budget") is left out too.
   */
  String itemText(ListEntry item, Set<String> self) {
    List<ListEntry.Part> parts = new ArrayList<>(item.parts());
    // An opening mention of the page's own party, with the punctuation after it.
    int start = 0;
    while (start < parts.size()
        && parts.get(start).mention() != null
        && self.contains(parts.get(start).mention())) {
      start++;
    }
    if (start > 0 && start < parts.size() && parts.get(start).text() != null) {
      String rest = parts.get(start).text().replaceFirst("^[\\s,;:–—-]+", "");
      if (!rest.isBlank()) {
        parts = new ArrayList<>(parts.subList(start, parts.size()));
        parts.set(
            0, ListEntry.Part.text(Character.toUpperCase(rest.charAt(0)) + rest.substring(1)));
      }
    }
    // Trailing owner tags, with any punctuation after them.
    int end = parts.size();
    while (end > 0) {
      ListEntry.Part last = parts.get(end - 1);
      if (last.mention() != null) {
        end--;
      } else if (last.text() != null && last.text().strip().matches("[\\p{Punct}\\s]*")) {
        end--;
      } else {
        break;
      }
    }
    if (end == 0) {
      end = parts.size(); // nothing but mentions: say them
    }
    return Prose.squeeze(words(parts.subList(0, end), index)).replaceAll("[\\s,;:–—-]+$", "");
  }

  /** A list item's words as a reader sees them, every mention by its name. */
  String itemWords(ListEntry item) {
    return Prose.squeeze(words(item.parts(), index)).replaceAll("[\\s,;:.–—-]+$", "");
  }

  /**
   * Parts of a list item as words, read with the names of `index` (the handbook's own, or an older
   * version's): text as written, a party's name for each mention, a title for each link.
   */
  static String words(List<ListEntry.Part> parts, HandbookIndex index) {
    StringBuilder b = new StringBuilder();
    for (ListEntry.Part part : parts) {
      if (part.text() != null) {
        b.append(part.text());
      } else if (part.mention() != null) {
        b.append(index.name(part.mention()));
      } else {
        b.append(index.workflow(part.workflow()).map(Workflow::title).orElse(part.workflow()));
      }
    }
    return b.toString();
  }

  /** The areas a placement lists (its owns, partners-on or does-not-own), as {@link #areaIn}. */
  List<Map<String, Object>> areasIn(Placement p, List<Located<String>> ids) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Located<String> id : ids) {
      index.area(id.value()).ifPresent(a -> list.add(areaIn(p, a)));
    }
    return list;
  }

  /**
   * Items that read as one line when they share a key: one entry per key, in first-seen order,
   * holding the first item's fields and, under `listName`, what `member` takes from each item.
   */
  static List<Map<String, Object>> grouped(
      List<Map<String, Object>> items,
      Function<Map<String, Object>, String> key,
      String listName,
      Function<Map<String, Object>, Object> member) {
    Map<String, Map<String, Object>> groups = new LinkedHashMap<>();
    for (Map<String, Object> item : items) {
      Map<String, Object> g =
          groups.computeIfAbsent(
              key.apply(item),
              k -> {
                Map<String, Object> m = new LinkedHashMap<>(item);
                m.put(listName, new ArrayList<Object>());
                return m;
              });
      @SuppressWarnings("unchecked")
      List<Object> members = (List<Object>) g.get(listName);
      members.add(member.apply(item));
    }
    return List.copyOf(groups.values());
  }

  /** Every function's impact ({@link Impact}), in charter order; page kinds render side by side. */
  synchronized List<Map<String, Object>> impact() {
    if (impact == null) {
      impact = Impact.leaders(this);
    }
    return impact;
  }

  /** One function's impact, or null for a party that is not a function. */
  Map<String, Object> impactOf(String partyId) {
    return impact().stream().filter(x -> partyId.equals(x.get("id"))).findFirst().orElse(null);
  }

  /** A link as templates take it: its label and its URL from the site root. */
  static Map<String, Object> link(String label, String url) {
    return Map.of("label", label, "url", url);
  }
}

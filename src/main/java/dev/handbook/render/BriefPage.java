package dev.handbook.render;

import dev.handbook.content.GitHistory;
import dev.handbook.model.Charter;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The executive one-sheet: `brief.html` with every placement side by side, and `brief/<id>.html`
 * with one. Each prints on one sheet of A4 or US Letter and reads on a phone: the thesis, then per
 * placement where it reports, what it owns, what it does not and who owns that instead, what it
 * partners on (systems of record marked) and why it is defensible; what moves between them; the
 * team and its capacity; the keystone workflows; and the commit it was built from (never the
 * clock), with what changed since the version last shared.
 */
final class BriefPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    List<Placement> all = site.placements();
    out.page(SitePaths.BRIEF, site.page("brief.ftlh", 0, "Brief", data(site, all, true)));
    for (Placement p : all) {
      Map<String, Object> data = data(site, List.of(p), false);
      out.page(SitePaths.brief(p.id()), site.page("brief.ftlh", 1, "Brief: " + p.name(), data));
    }
  }

  private static Map<String, Object> data(SiteContext site, List<Placement> shown, boolean all) {
    Charter c = site.charter();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("briefStyle", true);
    data.put("all", all);
    data.put("thesis", c.thesis());
    data.put("role", c.role() == null ? null : site.party(c.role().id()));
    List<Map<String, Object>> placements = new ArrayList<>();
    for (Placement p : shown) {
      Map<String, Object> m = new LinkedHashMap<>(site.placement(p));
      m.put("brief", SitePaths.brief(p.id()));
      m.put("owns", site.areasIn(p, p.owns()));
      m.put("doesNotOwn", byOwner(site.areasIn(p, p.doesNotOwn())));
      m.put("partnersOn", byOwner(site.areasIn(p, p.partnersOn())));
      placements.add(m);
    }
    data.put("placements", placements);
    data.put("others", all ? List.of() : others(site, shown.get(0)));
    data.put("moves", moves(site.differences()));
    data.put("team", all ? site.team() : site.team(shown.get(0)));
    data.put("capacity", c.activeWorkflowsPerPerson());
    List<Map<String, Object>> keystones = new ArrayList<>();
    for (Workflow w : site.handbook.workflows()) {
      if (w.keystone() && (all || site.index.placementsOf(w).contains(shown.get(0)))) {
        keystones.add(site.workflowSummary(w));
      }
    }
    data.put("keystones", keystones);
    GitHistory.Version v = site.options.version();
    if (v != null) {
      data.put("version", Map.of("commit", v.shortCommit(), "date", v.date(), "dirty", v.dirty()));
    }
    SiteOptions.Previous previous = site.options.previous();
    if (previous != null) {
      data.put("since", Map.of("name", previous.ref().name(), "date", previous.ref().date()));
    }
    return data;
  }

  /**
   * Areas grouped by who owns them (and whether they are systems of record), in the order the
   * charter lists them: one line per owner keeps the sheet to one page.
   */
  private static List<Map<String, Object>> byOwner(List<Map<String, Object>> areas) {
    return SiteContext.grouped(
        areas,
        a -> {
          @SuppressWarnings("unchecked")
          Map<String, Object> owner = (Map<String, Object>) a.get("owner");
          return (owner == null ? "" : owner.get("id")) + "|" + a.get("systemOfRecord");
        },
        "names",
        a -> a.get("name"));
  }

  /** The areas that move between placements, grouped when they move the same way. */
  private static List<Map<String, Object>> moves(List<Map<String, Object>> rows) {
    return SiteContext.grouped(
        rows,
        row -> {
          @SuppressWarnings("unchecked")
          List<Map<String, Object>> cells = (List<Map<String, Object>>) row.get("cells");
          return cells.stream().map(c -> (String) c.get("stance")).toList().toString();
        },
        "names",
        row -> row.get("name"));
  }

  /** The other placements, for the one-placement brief's "compare with" line. */
  private static List<Map<String, Object>> others(SiteContext site, Placement shown) {
    return site.placements().stream()
        .filter(p -> p != shown)
        .map(
            p -> {
              Map<String, Object> m = new LinkedHashMap<>(site.placement(p));
              m.put("brief", SitePaths.brief(p.id()));
              return m;
            })
        .toList();
  }
}

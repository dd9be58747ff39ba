package dev.handbook.render;

import dev.handbook.model.Area;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each placement means for one leader (a function), as facts: the areas it takes from them or
 * gives them compared with who holds each area today (`today`, else the area's `owner`), the areas
 * they keep with the role as partner, the role's workflows they consume and those that take input
 * from them. An area the role owns sits in the line of the function the role reports to.
 */
final class Impact {
  private Impact() {}

  /** The impact on every function, in charter order. */
  static List<Map<String, Object>> leaders(SiteContext site) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Party f : site.charter().functions()) {
      list.add(of(site, f));
    }
    return list;
  }

  /** The impact on one function: per placement what moves, then the workflows it meets. */
  private static Map<String, Object> of(SiteContext site, Party f) {
    Map<String, Object> m = new LinkedHashMap<>(site.party(f.id()));
    m.put("anchor", SitePaths.impactAnchor(f.id()));
    List<Map<String, Object>> placements = new ArrayList<>();
    boolean any = false;
    for (Placement p : site.placements()) {
      List<Map<String, Object>> takes = new ArrayList<>();
      List<Map<String, Object>> gives = new ArrayList<>();
      List<Map<String, Object>> partnered = new ArrayList<>();
      String reportsTo = p.reportsTo() == null ? null : p.reportsTo().value();
      for (Area a : site.charter().areas()) {
        String today = a.holderToday() == null ? null : a.holderToday().value();
        String owner = site.ownerIn(p, a);
        if (owner == null) {
          continue;
        }
        boolean roleOwns = site.index.isRoleSide(owner);
        String line = roleOwns ? reportsTo : owner;
        Map<String, Object> move = new LinkedHashMap<>();
        move.put("area", area(site, p, a));
        move.put("today", today == null ? null : site.party(today));
        move.put("owner", site.party(owner));
        move.put("roleOwns", roleOwns);
        move.put("line", line == null ? null : site.party(line));
        if (f.id().equals(today) && !f.id().equals(owner)) {
          move.put("staysInLine", f.id().equals(line));
          takes.add(move);
        } else if (!f.id().equals(today) && (f.id().equals(owner) || f.id().equals(line))) {
          gives.add(move);
        } else if (f.id().equals(owner) && p.stanceOn(a.id()) == Placement.Stance.PARTNERS_ON) {
          partnered.add(move);
        }
      }
      any |= !takes.isEmpty() || !gives.isEmpty() || !partnered.isEmpty();
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("placement", site.placement(p));
      entry.put("takes", takes);
      entry.put("gives", gives);
      entry.put("partnered", partnered);
      entry.put(
          "takesGrouped",
          SiteContext.grouped(
              takes, move -> key(move, "owner", "staysInLine"), "areas", move -> move.get("area")));
      entry.put(
          "givesGrouped",
          SiteContext.grouped(
              gives, move -> key(move, "today", "roleOwns"), "areas", move -> move.get("area")));
      placements.add(entry);
    }
    m.put("placements", placements);
    List<Map<String, Object>> consumes = roleWorkflowsMentioning(site, f, SectionName.CONSUMERS);
    List<Map<String, Object>> inputs = roleWorkflowsMentioning(site, f, SectionName.INPUTS);
    m.put("consumes", consumes);
    m.put("inputs", inputs);
    m.put("moves", any);
    m.put("any", any || !consumes.isEmpty() || !inputs.isEmpty());
    return m;
  }

  /** What groups moves into one sentence: the named fields, a party by its id. */
  private static String key(Map<String, Object> move, String... fields) {
    StringBuilder key = new StringBuilder();
    for (String field : fields) {
      Object v = move.get(field);
      key.append(v instanceof Map<?, ?> party ? party.get("id") : v).append('|');
    }
    return key.toString();
  }

  private static Map<String, Object> area(SiteContext site, Placement p, Area a) {
    Map<String, Object> m = new LinkedHashMap<>(site.areaIn(p, a));
    m.put("url", SitePaths.placement(p.id()) + "#" + SitePaths.areaAnchor(a.id()));
    return m;
  }

  /**
   * The role's workflows (owned by the role or its team) with an item of `section` that mentions
   * the function: what it consumes (Consumers) or gives them (Inputs).
   */
  private static List<Map<String, Object>> roleWorkflowsMentioning(
      SiteContext site, Party f, SectionName section) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (Workflow w : site.handbook.workflows()) {
      if (w.id() == null || w.owner() == null || !site.index.isRoleSide(w.owner().value())) {
        continue;
      }
      List<String> items = new ArrayList<>();
      for (Section s : w.body().sections()) {
        if (!s.is(section)) {
          continue;
        }
        for (ListEntry item : s.items()) {
          if (item.mentions().stream().anyMatch(mention -> mention.id().equals(f.id()))) {
            items.add(
                section == SectionName.INPUTS
                    ? site.itemWords(item)
                    : site.itemText(item, Set.of(f.id())));
          }
        }
      }
      if (!items.isEmpty()) {
        Map<String, Object> m = new LinkedHashMap<>(site.workflowSummary(w));
        m.put("items", items);
        m.put(
            "onlyIn",
            w.placements().isEmpty()
                ? List.of()
                : site.placements().stream()
                    .filter(site.index.placementsOf(w)::contains)
                    .map(Placement::name)
                    .toList());
        list.add(m);
      }
    }
    return list;
  }
}

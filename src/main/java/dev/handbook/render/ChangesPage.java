package dev.handbook.render;

import dev.handbook.check.HandbookIndex;
import dev.handbook.model.Area;
import dev.handbook.model.Handbook;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Placement;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * `changes.html`: what changed since the version last shared (`--since REF`, or the newest
 * `shared-*` tag), read back from git: areas that moved between owns, partners-on and does-not-own,
 * area owners, placements and their rationale, workflows added, removed or changed in status or
 * owner, and decisions and their owners; each with its old and its new value. Written only when
 * there is a previous version. The preference is never part of it: it is not in the charter.
 */
final class ChangesPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    SiteOptions.Previous previous = site.options.previous();
    if (previous == null) {
      return;
    }
    Handbook before = previous.handbook();
    Handbook now = site.handbook;
    HandbookIndex was = new HandbookIndex(before);
    HandbookIndex is = site.index;
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("since", Map.of("name", previous.ref().name(), "date", previous.ref().date()));
    // Placements in the order every page lists them, alphabetical: never the charter's, which
    // may put the preferred one first.
    List<String> order = new ArrayList<>();
    site.placements().forEach(p -> order.add(p.id()));
    before.charter().placements().stream()
        .sorted(Comparator.comparing(Placement::name, String.CASE_INSENSITIVE_ORDER))
        .map(Placement::id)
        .filter(id -> !order.contains(id))
        .forEach(order::add);
    data.put("placements", placements(order, was, is));
    data.put("moves", moves(order, before, now, was, is));
    data.put("owners", owners(before, now, was, is));
    data.put("workflows", workflows(site, before, now, was, is));
    data.put("decisions", decisions(site, before, now, was, is));
    out.page(SitePaths.CHANGES, site.page("changes.ftlh", 0, "What changed", data));
  }

  /** One change: what it is about, and its old and new value ("" where there was none). */
  private static Map<String, Object> change(String subject, String before, String after) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("subject", subject);
    m.put("before", before == null ? "" : before);
    m.put("after", after == null ? "" : after);
    return m;
  }

  private static List<Map<String, Object>> placements(
      List<String> order, HandbookIndex was, HandbookIndex is) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : order) {
      Placement old = was.placement(id).orElse(null);
      Placement neu = is.placement(id).orElse(null);
      if (old == null) {
        list.add(change(neu.name(), "", "added"));
        continue;
      }
      if (neu == null) {
        list.add(change(old.name(), "removed", ""));
        continue;
      }
      if (!old.name().equals(neu.name())) {
        list.add(change("Name of " + neu.name(), old.name(), neu.name()));
      }
      String oldTo = old.reportsTo() == null ? "" : was.name(old.reportsTo().value());
      String newTo = neu.reportsTo() == null ? "" : is.name(neu.reportsTo().value());
      if (!oldTo.equals(newTo)) {
        list.add(change(neu.name() + ": reports to", oldTo, newTo));
      }
      if (!old.rationale().equals(neu.rationale())) {
        list.add(change(neu.name() + ": why it is defensible", old.rationale(), neu.rationale()));
      }
    }
    return list;
  }

  /** Areas whose stance changed in a placement that exists in both versions. */
  private static List<Map<String, Object>> moves(
      List<String> order, Handbook before, Handbook now, HandbookIndex was, HandbookIndex is) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : order) {
      Placement old = was.placement(id).orElse(null);
      Placement neu = is.placement(id).orElse(null);
      if (old == null || neu == null) {
        continue;
      }
      for (String area : union(ids(before), ids(now))) {
        Placement.Stance from = old.stanceOn(area);
        Placement.Stance to = neu.stanceOn(area);
        if (from != to) {
          String name =
              is.area(area).map(Area::name).orElse(was.area(area).map(Area::name).orElse(area));
          Map<String, Object> m = change(name, label(from), label(to));
          m.put("placement", neu.name());
          m.put("url", SitePaths.placement(neu.id()));
          list.add(m);
        }
      }
    }
    return list;
  }

  private static String label(Placement.Stance s) {
    return switch (s) {
      case OWNS -> "owns";
      case PARTNERS_ON -> "partners on";
      case DOES_NOT_OWN -> "does not own";
      case UNASSIGNED -> "no stance";
    };
  }

  private static List<Map<String, Object>> owners(
      Handbook before, Handbook now, HandbookIndex was, HandbookIndex is) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : union(ids(before), ids(now))) {
      Area old = was.area(id).orElse(null);
      Area neu = is.area(id).orElse(null);
      if (old == null) {
        list.add(change(neu.name(), "", "added, owned by " + owner(neu, is)));
      } else if (neu == null) {
        list.add(change(old.name(), "owned by " + owner(old, was), "removed"));
      } else if (!owner(old, was).equals(owner(neu, is))) {
        list.add(change(neu.name(), owner(old, was), owner(neu, is)));
      }
    }
    return list;
  }

  private static String owner(Area a, HandbookIndex index) {
    return a.owner() == null ? "no one" : index.name(a.owner().value());
  }

  private static List<Map<String, Object>> workflows(
      SiteContext site, Handbook before, Handbook now, HandbookIndex was, HandbookIndex is) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (String id : union(workflowIds(before), workflowIds(now))) {
      Workflow old = was.workflow(id).orElse(null);
      Workflow neu = is.workflow(id).orElse(null);
      Map<String, Object> m;
      if (old == null) {
        m = change(neu.title(), "", "added, " + status(neu));
      } else if (neu == null) {
        m = change(old.title(), status(old), "removed");
      } else {
        if (!status(old).equals(status(neu))) {
          m = change(neu.title() + ": status", status(old), status(neu));
          m.put("url", SitePaths.workflow(id));
          list.add(m);
        }
        String oldOwner = old.owner() == null ? "" : was.name(old.owner().value());
        String newOwner = neu.owner() == null ? "" : is.name(neu.owner().value());
        if (!oldOwner.equals(newOwner)) {
          m = change(neu.title() + ": owner", oldOwner, newOwner);
          m.put("url", SitePaths.workflow(id));
          list.add(m);
        }
        continue;
      }
      if (neu != null) {
        m.put("url", SitePaths.workflow(id));
      }
      list.add(m);
    }
    return list;
  }

  private static String status(Workflow w) {
    return w.status() == null ? "no status" : w.status().id();
  }

  /** Decisions Informed items by their words: added, removed, or with another owner. */
  private static List<Map<String, Object>> decisions(
      SiteContext site, Handbook before, Handbook now, HandbookIndex was, HandbookIndex is) {
    List<Map<String, Object>> list = new ArrayList<>();
    // In workflows kept from one version to the next: an added or removed workflow is listed as
    // such, with its decisions.
    for (String id : workflowIds(now)) {
      if (was.workflow(id).isEmpty()) {
        continue;
      }
      Map<String, String> old = decisionsOf(was.workflow(id).orElse(null), was);
      Map<String, String> neu = decisionsOf(is.workflow(id).orElse(null), is);
      String title =
          is.workflow(id)
              .map(Workflow::title)
              .orElse(was.workflow(id).map(Workflow::title).orElse(id));
      for (String decision : union(old.keySet(), neu.keySet())) {
        String from = old.get(decision);
        String to = neu.get(decision);
        if (Objects.equals(from, to)) {
          continue;
        }
        Map<String, Object> m =
            change(
                decision,
                from == null ? "" : "decided by " + from,
                to == null ? "" : "decided by " + to);
        m.put("workflow", title);
        if (is.workflow(id).isPresent()) {
          m.put("url", SitePaths.workflow(id) + "#" + SectionName.DECISIONS_INFORMED.anchor());
        }
        list.add(m);
      }
    }
    return list;
  }

  /** A workflow's decisions: the words of each item, to the names of who decides it. */
  private static Map<String, String> decisionsOf(Workflow w, HandbookIndex index) {
    Map<String, String> out = new LinkedHashMap<>();
    if (w == null) {
      return out;
    }
    for (Section s : w.body().sections()) {
      if (!s.is(SectionName.DECISIONS_INFORMED)) {
        continue;
      }
      for (ListEntry item : s.items()) {
        // The words of the item without its owners' mentions; the owners apart.
        List<String> owners =
            item.parts().stream()
                .filter(part -> part.mention() != null)
                .map(part -> index.name(part.mention()))
                .toList();
        List<ListEntry.Part> words =
            item.parts().stream().filter(part -> part.mention() == null).toList();
        String key =
            SiteContext.words(words, index)
                .strip()
                .replaceAll("\\s+", " ")
                .replaceAll("[\\s,;:.–—-]+$", "");
        out.put(key, owners.isEmpty() ? "no one" : String.join(" and ", owners));
      }
    }
    return out;
  }

  private static List<String> ids(Handbook h) {
    return h.charter().areas().stream().map(Area::id).toList();
  }

  private static List<String> workflowIds(Handbook h) {
    return h.workflows().stream().filter(w -> w.id() != null).map(w -> w.id().value()).toList();
  }

  private static <T> List<T> union(Collection<T> a, Collection<T> b) {
    Set<T> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}

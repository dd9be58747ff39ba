package dev.handbook.render;

import dev.handbook.content.ContentLinks;
import dev.handbook.model.Criteria;
import dev.handbook.model.Located;
import dev.handbook.model.MarkdownLink;
import dev.handbook.model.Placement;
import dev.handbook.model.Priority;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import dev.handbook.model.WorkflowLink;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * `workflows/<id>.html`: the nine sections with their anchors, the front matter facts, and links in
 * and out.
 */
final class WorkflowPage implements ProsePageKind {
  /** Renders the pages asked for; links in and out still span the whole handbook. */
  @Override
  public void render(SiteContext site, ProseHtml prose, SiteSink out, Set<String> only) {
    Map<String, Set<String>> linksOut = new LinkedHashMap<>();
    Map<String, Set<String>> linksIn = new LinkedHashMap<>();
    for (Workflow w : site.handbook.workflows()) {
      Set<String> targets = targets(site, w);
      linksOut.put(w.idOrFileId(), targets);
      for (String t : targets) {
        linksIn.computeIfAbsent(t, k -> new LinkedHashSet<>()).add(w.idOrFileId());
      }
    }
    // Pages are independent once the link maps exist: render them on every core.
    Parallel.forEach(
        site.handbook.workflows().stream()
            .filter(w -> w.id() != null && (only == null || only.contains(w.id().value())))
            .toList(),
        w -> {
          Map<String, Object> data = new LinkedHashMap<>(site.workflowSummary(w));
          data.put(
              "category",
              w.category() == null
                  ? null
                  : site.index
                      .category(w.category().value())
                      .map(SiteContext::category)
                      .orElse(null));
          data.put(
              "area",
              w.area() == null
                  ? null
                  : site.index
                      .area(w.area().value())
                      .map(
                          a ->
                              Map.of(
                                  "id",
                                  a.id(),
                                  "name",
                                  a.name(),
                                  "anchor",
                                  SitePaths.areaAnchor(a.id())))
                      .orElse(null));
          data.put("placements", placements(site, w));
          data.put("partners", w.partners().stream().map(p -> site.party(p.value())).toList());
          data.put("criteria", criteria(site, w.criteria()));
          data.put("priority", priority(site, w.priority()));
          data.put("sections", sections(prose, w));
          data.put("linksOut", summaries(site, linksOut.getOrDefault(w.id().value(), Set.of())));
          data.put("linksIn", summaries(site, linksIn.getOrDefault(w.id().value(), Set.of())));
          data.put("source", SitePaths.source(w));
          data.put("origin", site.source(w.file()));
          Map<String, Object> around = site.navAround(w);
          if (around != null) {
            data.put("navExpanded", around);
          }
          String html = site.page("workflow.ftlh", 1, w.title(), data);
          out.page(SitePaths.workflow(w.id().value()), html);
        });
  }

  private static Set<String> targets(SiteContext site, Workflow w) {
    Set<String> targets = new LinkedHashSet<>();
    for (WorkflowLink l : w.body().workflowLinks()) {
      if (site.index.workflow(l.target()).isPresent() && !l.target().equals(w.idOrFileId())) {
        targets.add(l.target());
      }
    }
    for (MarkdownLink l : w.body().links()) {
      if (site.index.links().resolve(SitePaths.source(w), l.destination())
              instanceof ContentLinks.Content c
          && c.workflow() != null
          && c.workflow() != w
          && c.workflow().id() != null) {
        targets.add(c.workflow().id().value());
      }
    }
    return targets;
  }

  private static List<Map<String, Object>> summaries(SiteContext site, Set<String> ids) {
    return ids.stream()
        .flatMap(id -> site.index.workflow(id).stream())
        .map(site::workflowSummary)
        .toList();
  }

  private static List<Map<String, Object>> placements(SiteContext site, Workflow w) {
    List<Placement> of = site.index.placementsOf(w);
    return site.placements().stream().filter(of::contains).map(site::placement).toList();
  }

  private static List<Map<String, Object>> sections(ProseHtml prose, Workflow w) {
    List<Map<String, Object>> list = new ArrayList<>();
    Set<String> used = new LinkedHashSet<>();
    List<String> html = prose.sections(w);
    for (int i = 0; i < w.body().sections().size(); i++) {
      Section s = w.body().sections().get(i);
      String anchor = s.name().map(SectionName::anchor).orElse(null);
      if (anchor == null || !used.add(anchor)) {
        anchor = uniqueAnchor(s.heading(), used);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("anchor", anchor);
      m.put("heading", s.heading());
      m.put("html", i < html.size() ? html.get(i) : "");
      list.add(m);
    }
    return list;
  }

  private static String uniqueAnchor(String heading, Set<String> used) {
    String base =
        heading.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    if (base.isEmpty()) {
      base = "section";
    }
    String anchor = base;
    for (int i = 2; !used.add(anchor); i++) {
      anchor = base + "-" + i;
    }
    return anchor;
  }

  private static Map<String, Object> criteria(SiteContext site, Criteria c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("endToEnd", text(c.endToEnd()));
    m.put(
        "crossFunctional",
        c.crossFunctional() == null
            ? List.of()
            : c.crossFunctional().stream().map(p -> site.party(p.value())).toList());
    m.put("repeatable", text(c.repeatable()));
    m.put("aiRelevant", text(c.aiRelevant()));
    return m;
  }

  static Map<String, Object> priority(SiteContext site, Priority p) {
    if (p == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("whoNeedsThis", text(p.whoNeedsThis()));
    m.put("decisionUnblocked", text(p.decisionUnblocked()));
    m.put("whatBreaks", text(p.whatBreaks()));
    m.put("whyNow", text(p.whyNow()));
    m.put("impact", text(p.impact()));
    m.put(
        "decidedBy",
        p.decidedBy() == null || p.decidedBy().value().isEmpty()
            ? null
            : site.party(p.decidedBy().value()));
    return m;
  }

  private static String text(Located<String> l) {
    return l == null ? "" : l.value();
  }
}

package dev.handbook.render;

import dev.handbook.findings.Finding;
import dev.handbook.findings.Severity;
import dev.handbook.model.Charter;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `index.html`. Its first screen is for the CEO and CMO: what the role owns and does not (and who
 * owns that instead), placement by placement, and how the placements differ, before any count. Then
 * the principles, the team and its capacity, the handbook at a glance, and (in the author's copy
 * only) the findings.
 */
final class IndexPage implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    Charter c = site.charter();
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("thesis", c.thesis());
    data.put("principles", c.principles());
    data.put("role", c.role() == null ? null : site.party(c.role().id()));
    data.put("team", site.team());
    data.put("capacity", c.activeWorkflowsPerPerson());

    List<Map<String, Object>> placements = new ArrayList<>();
    for (Placement p : site.placements()) {
      Map<String, Object> m = new LinkedHashMap<>(site.placement(p));
      m.put("owns", site.areasIn(p, p.owns()));
      m.put("partnersOn", site.areasIn(p, p.partnersOn()));
      m.put("doesNotOwn", site.areasIn(p, p.doesNotOwn()));
      placements.add(m);
    }
    data.put("placements", placements);
    data.put("differences", site.differences());

    List<Workflow> ws = site.handbook.workflows();
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("workflows", ws.size());
    counts.put("active", ws.stream().filter(w -> w.status() == Status.ACTIVE).count());
    counts.put("backlog", ws.stream().filter(w -> w.status() == Status.BACKLOG).count());
    counts.put("ideal", ws.stream().filter(w -> w.status() == Status.IDEAL).count());
    counts.put("keystones", ws.stream().filter(Workflow::keystone).count());
    counts.put("categories", c.categories().size());
    counts.put("areas", c.areas().size());
    data.put("counts", counts);

    if (site.author()) {
      Map<String, Object> summary = new LinkedHashMap<>();
      List<Finding> live = site.findings.stream().filter(f -> !f.suppressed()).toList();
      summary.put("errors", live.stream().filter(f -> f.severity() == Severity.ERROR).count());
      summary.put("warnings", live.stream().filter(f -> f.severity() == Severity.WARNING).count());
      summary.put("infos", live.stream().filter(f -> f.severity() == Severity.INFO).count());
      summary.put("items", live.stream().limit(20).map(f -> FindingsPage.view(site, f)).toList());
      data.put("findings", summary);
    }

    String title = c.role() == null ? "Handbook" : c.role().name();
    out.page(SitePaths.INDEX, site.page("index.ftlh", 0, title, data));
  }

  static Map<String, Object> finding(Finding f) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("file", f.pos().file());
    m.put("line", f.pos().line());
    m.put("column", f.pos().column());
    m.put("severity", f.severity().id());
    m.put("rule", f.rule().id());
    m.put("message", f.message());
    return m;
  }
}

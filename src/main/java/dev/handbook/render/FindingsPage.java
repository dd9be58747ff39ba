package dev.handbook.render;

import dev.handbook.findings.Finding;
import dev.handbook.findings.Rule;
import dev.handbook.findings.RuleDocs;
import dev.handbook.findings.Severity;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * `findings.html`: this build's findings grouped by rule and by file, suppressed ones shown with
 * their reason.
 */
final class FindingsPage implements PageKind {
  /** Findings and rule ids are the author's lint: never in the shared handbook. */
  @Override
  public boolean in(Audience audience) {
    return audience == Audience.AUTHOR;
  }

  @Override
  public void render(SiteContext site, SiteSink out) {
    Map<String, Object> data = new LinkedHashMap<>();
    List<Map<String, Object>> byRule = new ArrayList<>();
    for (Rule rule : Rule.values()) {
      List<Finding> mine = site.findings.stream().filter(f -> f.rule() == rule).toList();
      if (mine.isEmpty()) {
        continue;
      }
      byRule.add(
          Map.of(
              "id",
              rule.id(),
              "title",
              RuleDocs.of(rule).title(),
              "page",
              RuleDocs.of(rule).page(),
              "findings",
              mine.stream().map(f -> view(site, f)).toList()));
    }
    Map<String, List<Map<String, Object>>> byFile = new TreeMap<>();
    for (Finding f : site.findings) {
      byFile.computeIfAbsent(f.pos().file(), k -> new ArrayList<>()).add(view(site, f));
    }
    data.put("byRule", byRule);
    data.put(
        "byFile",
        byFile.entrySet().stream()
            .map(e -> Map.of("file", e.getKey(), "findings", e.getValue()))
            .toList());
    data.put(
        "rules",
        Arrays.stream(Rule.values())
            .map(
                r ->
                    Map.of(
                        "id",
                        r.id(),
                        "title",
                        RuleDocs.of(r).title(),
                        "page",
                        RuleDocs.of(r).page(),
                        "severity",
                        r.severity().id()))
            .toList());
    List<Finding> live = site.findings.stream().filter(f -> !f.suppressed()).toList();
    data.put("errors", live.stream().filter(f -> f.severity() == Severity.ERROR).count());
    data.put("warnings", live.stream().filter(f -> f.severity() == Severity.WARNING).count());
    data.put("infos", live.stream().filter(f -> f.severity() == Severity.INFO).count());
    data.put("suppressed", site.findings.size() - live.size());
    out.page(SitePaths.FINDINGS, site.page("findings.ftlh", 0, "Findings", data));
  }

  /** A finding as templates show it, with a link to the workflow it is about when there is one. */
  static Map<String, Object> view(SiteContext site, Finding f) {
    Map<String, Object> m = IndexPage.finding(f);
    m.put("rulePage", RuleDocs.of(f.rule()).page());
    m.put("suppressed", f.suppressed());
    m.put("reason", f.suppressed() ? f.suppressedBy() : "");
    Workflow w = site.workflowOfFile(f.pos().file());
    m.put("workflowPage", w == null || w.id() == null ? "" : SitePaths.workflow(w.id().value()));
    return m;
  }
}

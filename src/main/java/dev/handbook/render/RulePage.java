package dev.handbook.render;

import dev.handbook.content.Markdown;
import dev.handbook.findings.Finding;
import dev.handbook.findings.Rule;
import dev.handbook.findings.RuleDocs;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `rules/<id>.html`: what a rule protects and how to fix it, from the rule docs, with this build's
 * findings of it.
 */
final class RulePage implements PageKind {
  /** The rule docs ship in the jar and never change while it runs: rendered once. */
  private static final Map<Rule, String> HTML = new EnumMap<>(Rule.class);

  private static synchronized String html(Rule rule) {
    return HTML.computeIfAbsent(rule, r -> Markdown.html(RuleDocs.of(r).markdown()));
  }

  /** Findings and rule ids are the author's lint: never in the shared handbook. */
  @Override
  public boolean in(Audience audience) {
    return audience == Audience.AUTHOR;
  }

  @Override
  public void render(SiteContext site, SiteSink out) {
    for (Rule rule : Rule.values()) {
      RuleDocs.Doc doc = RuleDocs.of(rule);
      Map<String, Object> data = new LinkedHashMap<>();
      data.put("id", rule.id());
      data.put("severity", rule.severity().id());
      data.put("summary", rule.summary());
      data.put("html", html(rule));
      List<Finding> mine = site.findings.stream().filter(f -> f.rule() == rule).toList();
      data.put("findings", mine.stream().map(f -> FindingsPage.view(site, f)).toList());
      out.page(doc.page(), site.page("rule.ftlh", 1, doc.title(), data));
    }
  }
}

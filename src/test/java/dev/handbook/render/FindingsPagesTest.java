package dev.handbook.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import dev.handbook.findings.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The findings page and the rule pages, as a reader of a build with warnings sees them. */
class FindingsPagesTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  @TempDir Path root;

  private Document build() throws IOException {
    TestHandbooks.fixtureIn(root);
    TestHandbooks.edit(
        root,
        LR,
        "- Go or no-go on the launch date @cmo",
        "- Go or no-go on the launch date @cmo\n- Which checklist template to use @mops");
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "  - { id: learning, name: Learning & Post-Mortems }",
        "  - { id: learning, name: Learning & Post-Mortems }\n  - { id: expansion, name: Expansion }");
    TestHandbooks.edit(
        root,
        LR,
        "keystone: true\n",
        "keystone: true\nsuppress:\n  - rule: role-decides\n    reason: \"Template choice is an execution detail.\"\n");
    TestHandbooks.edit(
        root,
        "workflows/learning/launch-post-mortem.md",
        "- Which playbook rules change @cmo",
        "- Which playbook rules change @cmo\n- Next post-mortem format @lead");
    CliRun run = CliRun.in(root, "build", "--audience", "author");
    assertEquals(0, run.status(), run.out());
    return Jsoup.parse(root.resolve("site-author/findings.html").toFile(), "UTF-8");
  }

  @Test
  void findingsAreGroupedByRuleAndByFileWithSuppressedOnesMarked() throws IOException {
    Document page = build();
    assertEquals(
        "Errors: 0 · Warnings: 1 · Notes: 1 · Suppressed with a reason: 1",
        page.selectFirst(".summary").text());
    assertEquals(
        List.of("role-decides", "empty-category"), page.select("#by-rule ~ h3 code").eachText());
    assertEquals(
        List.of(
            "content/charter.yaml",
            "content/workflows/execution/launch-readiness.md",
            "content/workflows/learning/launch-post-mortem.md"),
        page.select("#by-file ~ h3 code").eachText());
    assertEquals(
        1,
        page.select(".finding.suppressed").size() / 2,
        "the suppressed finding appears once per grouping");
    assertTrue(
        page.selectFirst(".finding.suppressed")
            .text()
            .contains("suppressed: Template choice is an execution detail."));
    assertEquals(
        "workflows/launch-post-mortem.html",
        page.select(".finding.warning:not(.suppressed) code a").first().attr("href"));
  }

  @Test
  void everyRuleHasAPageThatListsItsFindingsInThisBuild() throws IOException {
    build();
    for (Rule rule : Rule.values()) {
      assertTrue(
          Files.isRegularFile(root.resolve("site-author/rules/" + rule.id() + ".html")), rule.id());
    }
    Document rule =
        Jsoup.parse(root.resolve("site-author/rules/role-decides.html").toFile(), "UTF-8");
    assertEquals(
        List.of(
            "What it protects",
            "When it fires",
            "How to fix it",
            "When to silence it",
            "In this build"),
        rule.select("main h2").eachText());
    assertEquals(2, rule.select("#in-this-build + ul .finding").size());
    Document none =
        Jsoup.parse(root.resolve("site-author/rules/scope-creep.html").toFile(), "UTF-8");
    assertEquals("No findings of this rule.", none.selectFirst("#in-this-build + p").text());
  }
}

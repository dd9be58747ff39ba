package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.render.SiteRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What `serve` rebuilds after each change, and that it always equals a full build of the same
 * content.
 */
class IncrementalBuildTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  @TempDir Path root;
  IncrementalBuild build;

  @BeforeEach
  void start() throws IOException {
    TestHandbooks.fixtureIn(root);
    build =
        new IncrementalBuild(
            root.resolve("content"), root.resolve("templates"), p -> root.relativize(p).toString());
    assertFalse(build.full().failed());
  }

  private Path file(String relative) {
    return root.resolve("content").resolve(relative);
  }

  private void assertSameAsAFullBuild(IncrementalBuild.State state) throws IOException {
    IncrementalBuild fresh =
        new IncrementalBuild(
            root.resolve("content"), root.resolve("templates"), p -> root.relativize(p).toString());
    Map<String, byte[]> expected = fresh.full().site();
    assertEquals(expected.keySet(), state.site().keySet());
    for (String page : expected.keySet()) {
      assertArrayEquals(expected.get(page), state.site().get(page), page);
    }
  }

  @Test
  void aProseEditRendersOnlyThatWorkflowAndTheSearchIndexAndMatchesAFullBuild() throws IOException {
    TestHandbooks.edit(
        root, LR, "Every launch reaches its date", "Every launch reaches its planned date");
    IncrementalBuild.State state = build.update(List.of(file(LR)));
    assertEquals(
        Set.of("workflows/launch-readiness.html", "assets/search-index.js"), state.rendered());
    assertTrue(
        new String(state.site().get("workflows/launch-readiness.html"))
            .contains("its planned date"));
    assertSameAsAFullBuild(state);
  }

  @Test
  void proseEditsOneAfterAnotherKeepEveryEditInTheSearchIndex() throws IOException {
    TestHandbooks.edit(
        root, LR, "Every launch reaches its date", "Every launch reaches its zanzibar date");
    build.update(List.of(file(LR)));
    String pm = "workflows/learning/launch-post-mortem.md";
    TestHandbooks.edit(
        root,
        pm,
        "Turn each launch into a changed playbook.",
        "Turn each launch into a changed Quokka playbook.");
    IncrementalBuild.State state = build.update(List.of(file(pm)));
    assertEquals(
        Set.of("workflows/launch-post-mortem.html", "assets/search-index.js"), state.rendered());
    String index = new String(state.site().get("assets/search-index.js"));
    assertTrue(
        index.contains("zanzibar") && index.contains("Quokka"),
        "the first edit's words are still searchable after the second");
    assertSameAsAFullBuild(state);
  }

  @Test
  void aTitleEditRendersEveryPageThatListsItAndMatchesAFullBuild() throws IOException {
    TestHandbooks.edit(root, LR, "title: Launch Readiness Review", "title: Launch Readiness Gate");
    IncrementalBuild.State state = build.update(List.of(file(LR)));
    assertTrue(state.rendered().contains("index.html"));
    assertTrue(
        new String(state.site().get("workflows/launch-post-mortem.html"))
            .contains("Launch Readiness Gate"));
    assertSameAsAFullBuild(state);
  }

  @Test
  void anErrorKeepsTheLastGoodSiteAndReportsTheFindingThenRecovers() throws IOException {
    Map<String, byte[]> good = build.state().site();
    TestHandbooks.edit(root, LR, "owner: mops", "owner: nobody");
    IncrementalBuild.State broken = build.update(List.of(file(LR)));
    assertTrue(broken.failed());
    assertEquals(good, broken.site());
    assertEquals(
        List.of(
            "content/workflows/execution/launch-readiness.md:6:1: error: owner \"nobody\": no function, team member or role has that id [unknown-reference]"),
        broken.findings().stream().map(f -> f.toText()).toList());

    TestHandbooks.edit(root, LR, "owner: nobody", "owner: mops");
    IncrementalBuild.State fixed = build.update(List.of(file(LR)));
    assertFalse(fixed.failed());
    assertTrue(fixed.version() > broken.version());
    assertSameAsAFullBuild(fixed);
  }

  @Test
  void addingAndDeletingWorkflowsAndEditingTheCharterOrTemplatesRebuildEverything()
      throws IOException {
    TestHandbooks.write(
        root,
        "workflows/learning/second.md",
        Files.readString(file("workflows/learning/launch-post-mortem.md"))
            .replace("id: launch-post-mortem", "id: second"));
    IncrementalBuild.State added = build.update(List.of(file("workflows/learning/second.md")));
    assertTrue(added.site().containsKey("workflows/second.html"));
    assertSameAsAFullBuild(added);

    Files.delete(file("workflows/learning/second.md"));
    IncrementalBuild.State removed = build.update(List.of(file("workflows/learning/second.md")));
    assertFalse(removed.site().containsKey("workflows/second.html"));
    assertSameAsAFullBuild(removed);

    TestHandbooks.edit(root, "charter.yaml", "name: Sales }", "name: Field Sales }");
    assertSameAsAFullBuild(build.update(List.of(file("charter.yaml"))));

    Files.createDirectories(root.resolve("templates"));
    Files.writeString(
        root.resolve("templates/page.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page><p>custom</p></@l.page>");
    IncrementalBuild.State templated = build.update(List.of(root.resolve("templates/page.ftlh")));
    assertTrue(new String(templated.site().get("pages/glossary.html")).contains("<p>custom</p>"));
    assertSameAsAFullBuild(templated);
  }

  @Test
  void theInMemoryBuildIsTheSiteTheBuildCommandWrites() throws IOException {
    Map<String, byte[]> rendered =
        new SiteRenderer(root.resolve("templates"))
            .render(build.handbook(), build.state().findings());
    assertEquals(rendered.keySet(), build.state().site().keySet());
  }
}

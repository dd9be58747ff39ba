package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPEC §7, "what changed": on a throwaway git repository, the author tags what they shared, then
 * moves an area, changes an owner and a decision's owner, adds and removes workflows and changes a
 * status; `changes.html` names each with its old and new value, read from git itself.
 */
class ChangesTest {
  @TempDir Path root;

  private String git(String date, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Author",
                "-c",
                "user.email=author@example.com",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false"));
    command.addAll(List.of(args));
    ProcessBuilder pb =
        new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
    if (date != null) {
      pb.environment().putAll(Map.of("GIT_AUTHOR_DATE", date, "GIT_COMMITTER_DATE", date));
    }
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), String.join(" ", args) + ": " + out);
    return out;
  }

  private void commit(String date, String message) throws Exception {
    git(date, "add", "-A");
    git(date, "commit", "-q", "-m", message);
  }

  private Document page(String out, String path) throws IOException {
    return Jsoup.parse(root.resolve(out).resolve(path).toFile(), "UTF-8");
  }

  @BeforeEach
  void sharedVersion() throws Exception {
    TestHandbooks.fixtureIn(root);
    git(null, "init", "-q");
    // An old charter that still named its preference: it must never reach what changed.
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    name: RevOps-centered\n",
        "    name: RevOps-centered\n    preferred: true\n");
    commit("2026-11-01T10:00:00Z", "the version shared with the CEO and CMO");
    git("2026-11-01T10:00:00Z", "tag", "shared-2026-11-01");
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    name: RevOps-centered\n    preferred: true\n",
        "    name: RevOps-centered\n");
  }

  /** The edits made after sharing. */
  private void edit() throws Exception {
    // Performance analytics moves from owns to partners-on in the RevOps-centered placement.
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    owns: [execution-system, analytics, learning-loops]\n    partners-on: [lifecycle]\n",
        "    owns: [execution-system, learning-loops]\n    partners-on: [lifecycle, analytics]\n");
    // Marketing strategy gets another owner.
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "  - id: strategy\n    name: Marketing strategy\n    kind: what\n    owner: cmo",
        "  - id: strategy\n    name: Marketing strategy\n    kind: what\n    owner: pmm");
    // A decision changes hands.
    TestHandbooks.edit(
        root,
        "workflows/execution/launch-readiness.md",
        "- Go or no-go on the launch date @cmo",
        "- Go or no-go on the launch date @pmm");
    // A status changes, a workflow is removed, another added.
    TestHandbooks.edit(
        root, "workflows/learning/launch-post-mortem.md", "status: backlog", "status: active");
    Files.delete(root.resolve("content/workflows/intelligence/segment-brief.md"));
    assertEquals(
        0, CliRun.in(root, "new", "workflow", "launch-retro", "--category", "execution").status());
  }

  private static List<List<String>> rows(Document changes, String section) {
    Element table = changes.selectFirst("#" + section + " + table");
    assertTrue(table != null, "a table of " + section);
    List<List<String>> rows = new ArrayList<>();
    for (Element tr : table.select("tbody tr")) {
      rows.add(tr.select("th, td").eachText());
    }
    return rows;
  }

  @Test
  void changesNameEachMoveWithItsOldAndNewValueSinceTheNewestSharedTag() throws Exception {
    edit();
    commit("2026-11-20T10:00:00Z", "after the meeting");
    CliRun run = CliRun.in(root, "build");
    assertEquals(0, run.status(), run.out() + run.err());

    Document changes = page("site", "changes.html");
    assertEquals(
        "Since the version shared on 2026-11-01 (shared-2026-11-01), read from git: each change"
            + " with its value then and now.",
        changes.selectFirst(".lead").text());
    assertEquals(
        List.of(List.of("RevOps-centered: Performance analytics", "owns", "partners on")),
        rows(changes, "moved"));
    assertEquals(
        List.of(List.of("Marketing strategy", "Chief Marketing Officer", "Product Marketing")),
        rows(changes, "owners"));
    assertEquals(
        List.of(
            List.of("Segment Signal Brief", "ideal", "removed"),
            List.of("Launch Post-Mortem: status", "backlog", "active"),
            List.of("Launch Retro", "—", "added, ideal")),
        rows(changes, "workflows"));
    assertEquals(
        List.of(
            List.of(
                "Launch Readiness Review: Go or no-go on the launch date",
                "decided by Chief Marketing Officer",
                "decided by Product Marketing")),
        rows(changes, "decisions"));
    assertTrue(changes.select("#placements").isEmpty(), "no placement itself changed");
    assertFalse(changes.html().toLowerCase().contains("preferred"), "never the preference");

    Document brief = page("site", "brief.html");
    Element meta = brief.selectFirst(".brief-meta");
    assertTrue(
        meta.text()
            .contains(
                "Compared with the version shared on 2026-11-01 (shared-2026-11-01): what changed."),
        meta.text());
    assertEquals("changes.html", meta.selectFirst("a").attr("href"));
    assertTrue(meta.text().startsWith("Built from commit "), meta.text());
    assertTrue(meta.text().contains(" of 2026-11-20."), meta.text());
    assertFalse(meta.text().contains("not yet committed"), meta.text());
    // Every page says which version it shows.
    String footer = page("site", "workflows/launch-readiness.html").selectFirst("footer").text();
    assertTrue(footer.matches("Built from commit [0-9a-f]{12} of 2026-11-20\\. .*"), footer);
  }

  @Test
  void theNewestSharedTagWinsByCommitDateAndSinceNamesAnyRevision() throws Exception {
    // An older commit tagged with a name that sorts last.
    git(null, "tag", "shared-zz-older", "HEAD");
    edit();
    commit("2026-11-10T10:00:00Z", "a second shared version");
    git(null, "tag", "shared-aa-newer");
    TestHandbooks.edit(
        root, "workflows/learning/launch-post-mortem.md", "status: active", "status: backlog");
    commit("2026-11-20T10:00:00Z", "after the second meeting");

    assertEquals(0, CliRun.in(root, "build").status());
    Document changes = page("site", "changes.html");
    assertTrue(changes.selectFirst(".lead").text().contains("(shared-aa-newer)"));
    assertEquals(
        List.of(List.of("Launch Post-Mortem: status", "active", "backlog")),
        rows(changes, "workflows"));

    assertEquals(0, CliRun.in(root, "build", "--since", "shared-zz-older").status());
    changes = page("site", "changes.html");
    assertTrue(changes.selectFirst(".lead").text().contains("(shared-zz-older)"));
    assertEquals(
        List.of(List.of("RevOps-centered: Performance analytics", "owns", "partners on")),
        rows(changes, "moved"));

    CliRun unknown = CliRun.in(root, "build", "--since", "shared-nope", "--out", "elsewhere");
    assertEquals(2, unknown.status(), unknown.out() + unknown.err());
    assertTrue(unknown.err().contains("--since shared-nope: no such revision"), unknown.err());
    assertFalse(Files.exists(root.resolve("elsewhere")), "nothing is written");
  }

  @Test
  void placementsAreListedAlphabeticallyNeverInTheCharterOrder() throws Exception {
    // The fixture's charter lists the RevOps-centered placement first.
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    rationale: Execution systems sit beside",
        "    rationale: Revised. Execution systems sit beside");
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "    rationale: The role sits with",
        "    rationale: Revised. The role sits with");
    commit("2026-11-20T10:00:00Z", "both rationales revised");
    assertEquals(0, CliRun.in(root, "build").status());
    assertEquals(
        List.of(
            "Marketing-centered: why it is defensible", "RevOps-centered: why it is defensible"),
        rows(page("site", "changes.html"), "placements").stream().map(r -> r.get(0)).toList());
  }

  @Test
  void privateMaterialCommittedToGitIsAnError() throws Exception {
    TestHandbooks.write(root, "private/author.yaml", "preferred: revops-home\n");
    git(null, "add", "-f", "content/private/author.yaml");
    CliRun check = CliRun.in(root, "check");
    assertEquals(1, check.status());
    assertTrue(
        check
            .out()
            .contains(
                "content/private/author.yaml:1:1: error: this private file is in git, where"
                    + " everyone who can read the repository reads it"),
        check.out());
  }

  @Test
  void withoutASharedVersionThereIsNoChangesPageAndTheBriefSaysSo() throws Exception {
    git(null, "tag", "-d", "shared-2026-11-01");
    commit("2026-11-02T10:00:00Z", "without the preference");
    TestHandbooks.edit(
        root, "workflows/learning/launch-post-mortem.md", "status: backlog", "status: active");
    assertEquals(0, CliRun.in(root, "build", "--audience", "author").status());
    assertFalse(Files.exists(root.resolve("site-author/changes.html")));
    Document brief = page("site-author", "brief.html");
    String meta = brief.selectFirst(".brief-meta").text();
    assertTrue(meta.contains("No version has been marked as shared yet"), meta);
    assertTrue(meta.contains(", with changes not yet committed."), meta);
    assertTrue(brief.select("a[href=changes.html]").isEmpty(), "no link to a page not written");
  }
}

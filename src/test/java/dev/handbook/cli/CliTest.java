package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.TestHandbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line as a user and a CI system see it: exact output and the documented exit status.
 */
class CliTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  private static final String CLEAN =
      "0 errors, 0 warnings, 0 infos in 3 workflows, 2 placements\n";

  @TempDir Path root;

  @BeforeEach
  void fixture() {
    TestHandbooks.fixtureIn(root);
  }

  @Test
  void checkOfACleanHandbookPrintsOnlyTheSummaryAndExitsZero() {
    CliRun run = CliRun.in(root, "check");
    assertEquals(CLEAN, run.out());
    assertEquals("", run.err());
    assertEquals(0, run.status());
  }

  @Test
  void checkWithAnErrorPrintsItInCompilerFormAndExitsOne() {
    TestHandbooks.edit(root, LR, "owner: mops", "owner: nobody");
    CliRun run = CliRun.in(root, "check");
    assertEquals(
        "content/workflows/execution/launch-readiness.md:6:1: error: owner \"nobody\": no function, team member or role has that id [unknown-reference]\n"
            + "1 error, 0 warnings, 0 infos in 3 workflows, 2 placements\n",
        run.out());
    assertEquals(1, run.status());
  }

  @Test
  void warningsPassUnlessStrict() {
    TestHandbooks.edit(root, LR, "  impact: Fewer slipped launches.\n", "");
    TestHandbooks.edit(
        root, LR, "  who-needs-this:", "  impact: Fewer slipped launches.\n  who-needs-this:");
    assertEquals(0, CliRun.in(root, "check").status());
    CliRun strict = CliRun.in(root, "check", "--strict");
    assertTrue(
        strict.out().contains("warning: \"impact\" is argued before \"who-needs-this\""),
        strict.out());
    assertEquals(1, strict.status());
  }

  @Test
  void aMissingContentFolderCannotRunAndExitsTwo() {
    CliRun run = CliRun.in(root, "check", "--content", "nowhere");
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("handbook: content folder not found: "), run.err());
    assertEquals(2, run.status());
  }

  @Test
  void anUnknownOptionExitsTwoWithUsage() {
    CliRun run = CliRun.in(root, "check", "--bogus");
    assertTrue(run.err().contains("Unknown option: '--bogus'"), run.err());
    assertEquals(2, run.status());
  }

  @Test
  void optionsOutOfRangeExitTwoBeforeAnythingIsRead() {
    for (String[] args :
        new String[][] {
          {"serve", "--port", "-1"},
          {"serve", "--port", "70000"},
          {"check", "--max-file-kb", "-5"},
          {"build", "--max-file-kb", "0"},
          {"build", "--edit-url", "javascript:alert(1)"},
          {"build", "--edit-url", "file:///etc/"},
          {"build", "--edit-url", "//evil.example/"}
        }) {
      CliRun run = CliRun.in(root, args);
      assertEquals(2, run.status(), String.join(" ", args) + ": " + run.out() + run.err());
      assertTrue(run.err().startsWith("--"), "names the option: " + run.err());
      assertTrue(run.out().isEmpty(), "nothing was read or built: " + run.out());
    }
    assertFalse(Files.exists(root.resolve("site")));
  }

  @Test
  void noCommandExitsTwo() {
    CliRun run = CliRun.in(root);
    assertTrue(run.err().contains("name a command: build, check, serve, new or schema"), run.err());
    assertEquals(2, run.status());
  }

  @Test
  void helpListsTheExitCodes() {
    CliRun run = CliRun.in(root, "--help");
    assertEquals(0, run.status());
    assertTrue(run.out().contains("Exit status:"), run.out());
    assertTrue(run.out().contains("0   no errors (warnings allowed unless --strict)"), run.out());
    assertTrue(run.out().contains("1   errors found, or warnings under --strict"), run.out());
    assertTrue(run.out().contains("2   the tool could not run"), run.out());
  }

  @Test
  void jsonFormatCarriesEveryFindingAndTheSummary() throws IOException {
    TestHandbooks.edit(root, LR, "## Inputs", "## Input");
    CliRun run = CliRun.in(root, "check", "--format", "json");
    assertEquals(1, run.status());
    JsonNode json = new ObjectMapper().readTree(run.out());
    JsonNode first = json.get("findings").get(0);
    assertEquals("content/workflows/execution/launch-readiness.md", first.get("file").asText());
    assertEquals(32, first.get("line").asInt());
    assertEquals(1, first.get("column").asInt());
    assertEquals("error", first.get("severity").asText());
    assertEquals("unknown-section", first.get("rule").asText());
    assertEquals(
        "\"Input\" is not one of the nine sections; did you mean \"Inputs\"?",
        first.get("message").asText());
    assertEquals(2, json.get("summary").get("errors").asInt());
    assertEquals(0, json.get("summary").get("warnings").asInt());
    assertEquals(3, json.get("summary").get("workflows").asInt());
  }

  @Test
  void buildWritesTheSiteAndSaysWhereToOpenIt() {
    CliRun run = CliRun.in(root, "build");
    assertEquals(CLEAN + "built site/index.html\n", run.out());
    assertEquals(0, run.status());
    assertTrue(Files.isRegularFile(root.resolve("site/index.html")));
    assertTrue(Files.isRegularFile(root.resolve("site/workflows/launch-readiness.html")));
    assertTrue(Files.isRegularFile(root.resolve("site/assets/style.css")));
    try {
      assertEquals(
          "rwxr-xr-x",
          PosixFilePermissions.toString(Files.getPosixFilePermissions(root.resolve("site"))),
          "a web server running as another user can read the site");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFailedBuildLeavesThePreviousSiteExactlyAsItWas() throws IOException {
    assertEquals(0, CliRun.in(root, "build").status());
    Map<String, String> before = snapshot(root.resolve("site"));
    TestHandbooks.edit(root, LR, "## Trigger", "## Trigger\n\n## Trigger");

    CliRun run = CliRun.in(root, "build");

    assertEquals(1, run.status());
    assertTrue(run.out().endsWith("build failed; site/ was left as it was\n"), run.out());
    assertEquals(before, snapshot(root.resolve("site")));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(
          List.of(".site.lock", "content", "site"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary folders are left beside the site, only the lock");
    }
  }

  @Test
  void aSuccessfulRebuildReplacesTheSiteAndLeavesNoTemporaryFolders() throws IOException {
    assertEquals(0, CliRun.in(root, "build").status());
    TestHandbooks.edit(root, LR, "title: Launch Readiness Review", "title: Launch Readiness Gate");
    assertEquals(0, CliRun.in(root, "build").status());
    assertTrue(
        Files.readString(root.resolve("site/workflows/launch-readiness.html"))
            .contains("Launch Readiness Gate"));
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(
          List.of(".site.lock", "content", "site"),
          left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aRebuildKeepsThePagesThatDidNotChangeAndWritesTheOnesThatDid() throws IOException {
    assertEquals(0, CliRun.in(root, "build").status());
    Path unchanged = root.resolve("site/pages/glossary.html");
    Path changed = root.resolve("site/workflows/launch-readiness.html");
    Object unchangedBefore = Files.getAttribute(unchanged, "unix:ino");
    Object changedBefore = Files.getAttribute(changed, "unix:ino");
    TestHandbooks.edit(
        root, LR, "Every launch reaches its date", "Every launch reaches its planned date");

    assertEquals(0, CliRun.in(root, "build").status());

    assertEquals(
        unchangedBefore,
        Files.getAttribute(unchanged, "unix:ino"),
        "a page with the same bytes is the same file, linked into the new site");
    assertNotEquals(
        changedBefore,
        Files.getAttribute(changed, "unix:ino"),
        "a changed page is a new file, never the old one written over");
    assertTrue(Files.readString(changed).contains("its planned date"));
    assertEquals(
        1,
        (Integer) Files.getAttribute(unchanged, "unix:nlink"),
        "the old site is gone: the file has one name again");
  }

  @Test
  void buildRefusesAnOutputFolderThatOverlapsTheContent() {
    CliRun run = CliRun.in(root, "build", "--out", "content/site");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("overlaps the source folder"), run.err());
    assertFalse(Files.exists(root.resolve("content/site")));
  }

  private static Map<String, String> snapshot(Path dir) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        files.put(
            dir.relativize(p).toString(), Files.readString(p) + "@" + Files.getLastModifiedTime(p));
      }
    }
    return files;
  }

  @Test
  void buildRefusesToReplaceAFolderItDidNotWrite() throws IOException {
    Files.createDirectories(root.resolve("docs"));
    Files.writeString(root.resolve("docs/notes.md"), "hand-written");
    CliRun run = CliRun.in(root, "build", "--out", "docs");
    assertEquals(2, run.status());
    assertTrue(run.err().contains("holds files that no build wrote"), run.err());
    assertEquals("hand-written", Files.readString(root.resolve("docs/notes.md")));
  }
}

package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Broken and hostile files get findings with a position, never a crash, and nothing outside
 * content/ is read.
 */
class HostileInputTest {
  @TempDir Path root;
  @TempDir Path outside;

  @BeforeEach
  void fixture() {
    TestHandbooks.fixtureIn(root);
  }

  private List<String> findingLines() {
    CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> CliRun.in(root, "check"));
    assertFalse(run.err().contains("Exception"), run.err());
    return run.out().lines().toList();
  }

  @Test
  void aSymbolicLinkToAFileOutsideTheContentIsNotFollowed() throws IOException {
    Path secret = outside.resolve("secret.md");
    Files.writeString(secret, "---\nid: secret\n---\nTOP SECRET\n");
    Files.createSymbolicLink(root.resolve("content/workflows/execution/secret.md"), secret);
    Files.createSymbolicLink(root.resolve("content/pages/leak.md"), secret);

    List<String> lines = findingLines();
    assertTrue(
        lines.contains(
            "content/pages/leak.md:1:1: error: symbolic link leads outside the content folder and is not followed; copy the file into the content folder instead [invalid-value]"),
        lines.toString());
    assertTrue(
        lines.contains(
            "content/workflows/execution/secret.md:1:1: error: symbolic link leads outside the content folder and is not followed; copy the file into the content folder instead [invalid-value]"),
        lines.toString());
    assertEquals(
        "2 errors, 0 warnings, 0 infos in 3 workflows, 2 placements", lines.get(lines.size() - 1));
  }

  @Test
  void aSymbolicLinkedFolderIsNotWalked() throws IOException {
    Files.createDirectories(outside.resolve("more"));
    Files.writeString(outside.resolve("more/x.md"), "---\nid: x\n---\n");
    Files.createSymbolicLink(root.resolve("content/workflows/more"), outside.resolve("more"));
    List<String> lines = findingLines();
    assertEquals(
        List.of(
            "content/workflows/more:1:1: error: only workflow files (.md) belong under workflows/; move this file out of the content folder [invalid-value]",
            "1 error, 0 warnings, 0 infos in 3 workflows, 2 placements"),
        lines);
  }

  @Test
  void aYamlAliasBombIsRefusedQuickly() {
    StringBuilder bomb = new StringBuilder("---\nid: bomb\na: &a [x, x, x, x, x, x, x, x, x, x]\n");
    for (char c = 'b'; c <= 'j'; c++) {
      char prev = (char) (c - 1);
      bomb.append(c)
          .append(": &")
          .append(c)
          .append(" [*")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append(", *")
          .append(prev)
          .append("]\n");
    }
    bomb.append("---\n## Objective\n");
    TestHandbooks.write(root, "workflows/execution/bomb.md", bomb.toString());
    List<String> lines = findingLines();
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("content/workflows/execution/bomb.md:")
                        && l.endsWith("[yaml-syntax]")),
        lines.toString());
  }

  @Test
  void deeplyNestedYamlIsRefused() {
    TestHandbooks.write(
        root, "workflows/execution/deep.md", "---\nid: " + "[".repeat(5000) + "\n---\n");
    List<String> lines = findingLines();
    assertTrue(
        lines.stream()
            .anyMatch(
                l ->
                    l.startsWith("content/workflows/execution/deep.md:")
                        && l.endsWith("[yaml-syntax]")),
        lines.toString());
  }

  @Test
  void invalidUtf8IsReportedAtTheLineOfTheFirstBadByte() throws IOException {
    byte[] text = "---\nid: bad\ntitle: caf\u00e9\n---\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(root.resolve("content/workflows/execution/bad.md"), text);
    assertTrue(
        findingLines()
            .contains(
                "content/workflows/execution/bad.md:3:11: error: file is not valid UTF-8; save it as UTF-8 [invalid-value]"));
  }

  @Test
  void oversizedBinaryAndStrayFilesGetFindingsAndTheRestIsStillChecked() throws IOException {
    Files.write(
        root.resolve("content/workflows/execution/huge.md"),
        new byte[(int) ContentReader.MAX_FILE_BYTES + 1]);
    Files.write(
        root.resolve("content/workflows/execution/logo.png"),
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2});
    TestHandbooks.edit(
        root, "workflows/learning/launch-post-mortem.md", "owner: lead", "owner: nobody");
    List<String> lines = findingLines();
    assertTrue(
        lines.contains(
            "content/workflows/execution/huge.md:1:1: error: file is 1024 KB, over the 1024 KB limit; split it or trim it (or raise --max-file-kb) [invalid-value]"),
        lines.toString());
    assertTrue(
        lines.contains(
            "content/workflows/execution/logo.png:1:1: error: only workflow files (.md) belong under workflows/; move this file out of the content folder [invalid-value]"),
        lines.toString());
    assertTrue(
        lines.stream().anyMatch(l -> l.contains("owner \"nobody\"")),
        "the other files are still checked");
  }

  @Test
  void pipesAndFoldersNamedLikeFilesAreFindingsAndAreNeverOpened() throws Exception {
    Path workflows = root.resolve("content/workflows/execution");
    for (Path fifo : List.of(workflows.resolve("pipe.md"), root.resolve("content/pages/pipe.md"))) {
      Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
      assertEquals(0, mkfifo.waitFor());
    }
    Files.createDirectories(workflows.resolve("folder.md"));
    Files.createDirectories(root.resolve("content/pages/folder.md"));
    List<String> lines = findingLines(); // a pipe opened for reading would block here forever
    for (String file :
        List.of(
            "content/workflows/execution/pipe.md",
            "content/pages/pipe.md",
            "content/workflows/execution/folder.md",
            "content/pages/folder.md")) {
      assertTrue(
          lines.stream()
              .anyMatch(l -> l.startsWith(file + ":1:1: error: ") && l.endsWith("[invalid-value]")),
          file + ": " + lines);
    }
  }

  @Test
  void theFileSizeLimitIsConfigurable() throws IOException {
    Files.write(root.resolve("content/workflows/execution/big.md"), new byte[300 * 1024]);
    CliRun tight = CliRun.in(root, "check", "--max-file-kb", "256");
    assertTrue(
        tight
            .out()
            .contains(
                "content/workflows/execution/big.md:1:1: error: file is 300 KB, over the 256 KB limit"),
        tight.out());
    CliRun roomy = CliRun.in(root, "check");
    assertFalse(roomy.out().contains("over the"), roomy.out());
  }
}

package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: each folder under `src/test/resources/golden/` holds a `content/` overlay that
 * plants defects into the clean fixture, and `expected.txt`, the exact output of `handbook check`
 * run in that folder. A case without an expected file fails rather than passing silently.
 */
class GoldenFindingsTest {
  @TempDir Path temp;

  static Stream<String> cases() {
    return TestHandbooks.list(TestHandbooks.GOLDEN).stream().map(p -> p.getFileName().toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedFindings(String name) throws IOException {
    Path golden = TestHandbooks.GOLDEN.resolve(name);
    Path expectedFile = golden.resolve("expected.txt");
    assertTrue(Files.isRegularFile(expectedFile), name + " has no expected.txt");

    TestHandbooks.fixtureIn(temp);
    if (Files.isDirectory(golden.resolve("content"))) {
      TestHandbooks.copyTree(golden.resolve("content"), temp.resolve("content"));
    }
    Path deletions = golden.resolve("delete.txt");
    if (Files.exists(deletions)) {
      for (String line : Files.readAllLines(deletions)) {
        if (!line.isBlank()) {
          Files.delete(temp.resolve("content").resolve(line.strip()));
        }
      }
    }

    CliRun run = CliRun.in(temp, "check");
    String expected = Files.readString(expectedFile);
    assertEquals(expected, run.out(), name + ": findings differ");
    assertEquals("", run.err());
    boolean errors = !expected.startsWith("0 errors") && !expected.contains("\n0 errors");
    assertEquals(errors ? ExitCode.FINDINGS : ExitCode.OK, run.status(), name + ": exit status");
    assertFalse(run.out().contains("Exception"), "no stack trace");
  }
}

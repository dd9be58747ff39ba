package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.Generated;
import dev.handbook.TestHandbooks;
import dev.handbook.findings.Finding;
import dev.handbook.site.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Whatever an author (or an accident) writes in a workflow file, the checker answers with findings
 * a reader can act on: each names a file of the handbook and a line and column inside it, says
 * something, and prints as one line; the same file always gives the same findings; and when the
 * checks pass, the site builds. Inputs are random text, random bytes, random front matter and valid
 * workflows mutated at random, from seeded generators.
 */
class RandomContentTest {
  private static final String FILE = "content/workflows/execution/launch-readiness.md";
  private static final String VALID =
      read(TestHandbooks.FIXTURE.resolve("workflows/execution/launch-readiness.md"));
  private static Path root;
  private static int builds;

  @BeforeAll
  static void fixture() throws IOException {
    root = Files.createTempDirectory("handbook-random");
    TestHandbooks.fixtureIn(root);
  }

  @AfterAll
  static void cleanUp() throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Pipeline pipeline() {
    return new Pipeline(
        Pipeline.Settings.of(
            root.resolve("content"), p -> root.relativize(p).toString().replace('\\', '/')));
  }

  /**
   * Checks the fixture with the workflow file replaced by these bytes; asserts what a user sees.
   */
  private static void checkWith(byte[] bytes) throws Exception {
    Files.write(root.resolve(FILE), bytes);
    List<Finding> findings =
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> pipeline().check().findings());
    long lines = new String(bytes, StandardCharsets.UTF_8).lines().count() + 1;
    for (Finding f : findings) {
      String text = f.toText();
      assertFalse(f.message().isBlank(), text);
      assertEquals(1, text.lines().count(), "one finding, one line: " + text);
      assertTrue(f.pos().line() >= 1 && f.pos().column() >= 1, text);
      if (f.pos().file().equals(FILE)) {
        assertTrue(f.pos().line() <= lines, "the line is inside the file: " + text);
      } else {
        assertTrue(Files.exists(root.resolve(f.pos().file())), "names a real file: " + text);
      }
    }
    assertEquals(
        findings.stream().map(Finding::toText).toList(),
        pipeline().check().findings().stream().map(Finding::toText).toList(),
        "the same file gives the same findings");
    boolean errors = new Pipeline.Outcome(null, findings, false).failed(false);
    // Building is slower than checking: every fifth input that checks clean is built too.
    if (!errors && builds++ % 5 == 0) {
      Path out = root.resolve("site");
      Pipeline.Outcome built = pipeline().build(out, false);
      assertTrue(built.published(), "checks clean, so it builds: " + built.findings());
      assertTrue(
          Files.isRegularFile(out.resolve("workflows/launch-readiness.html"))
              || !new String(bytes, StandardCharsets.UTF_8).contains("id: launch-readiness"));
    }
  }

  private static void checkWith(String text) throws Exception {
    // getBytes, not writeString: generated strings hold unpaired surrogates it refuses to encode.
    checkWith(text.getBytes(StandardCharsets.UTF_8));
  }

  private static final String MARKDOWNISH = "-#:[]@*|`>\n \t{}&!\"'%abc123";

  @Test
  void randomTextGetsFindingsAUserCanActOn() {
    Generated.forAll(
        "random text",
        300,
        r ->
            switch (r.nextInt(4)) {
              case 0 -> Generated.anyString(r, 400);
              case 1 -> Generated.string(r, MARKDOWNISH, 600);
              case 2 -> "---\n" + Generated.string(r, MARKDOWNISH, 600);
              default -> "---\nid: x\n---\n" + Generated.string(r, MARKDOWNISH, 600);
            },
        RandomContentTest::checkWith);
  }

  private static final List<String> INSERTS =
      List.of(
          "---",
          "\n",
          "## ",
          "- ",
          "@",
          "[[",
          "]]",
          "#",
          ":",
          "  ",
          "\t",
          "*",
          "[",
          "]",
          "|",
          "&a ",
          "*a",
          "{",
          "\u0000",
          "\uFFFD",
          "\uD83D\uDE00",
          "```",
          "<b>",
          "> ",
          "1. ",
          "\\");

  static String mutant(Random r) {
    int i = r.nextInt(VALID.length() + 1);
    int j = r.nextInt(VALID.length() + 1);
    int a = Math.min(i, j);
    int b = Math.max(i, j);
    return switch (r.nextInt(3)) {
      case 0 -> VALID.substring(0, a) + Generated.oneOf(r, INSERTS) + VALID.substring(a);
      case 1 -> VALID.substring(0, a) + VALID.substring(Math.min(b, a + 80));
      default -> VALID.substring(0, a) + VALID.substring(b) + VALID.substring(a, b);
    };
  }

  @Test
  void mutatedWorkflowsGetFindingsAUserCanActOn() {
    Generated.forAll(
        "mutated workflow", 400, RandomContentTest::mutant, RandomContentTest::checkWith);
  }

  @Test
  void randomBytesGetFindingsAUserCanActOn() {
    Generated.forAll(
        "random bytes",
        200,
        r -> {
          byte[] bytes = new byte[r.nextInt(300)];
          r.nextBytes(bytes);
          return bytes;
        },
        RandomContentTest::checkWith);
  }

  private static final List<String> KEYS =
      List.of(
          "id",
          "title",
          "category",
          "area",
          "owner",
          "status",
          "keystone",
          "placements",
          "partners",
          "criteria",
          "priority",
          "suppress",
          "decided-by",
          "impact",
          "x");
  private static final List<String> VALUES =
      List.of(
          "launch-readiness",
          "execution",
          "mops",
          "active",
          "ideal",
          "true",
          "[a, b]",
          "[",
          "{a: 1}",
          "",
          "~",
          "- x",
          "\"quoted\"",
          "|\n  block",
          "&anchor v",
          "*anchor",
          "1e999",
          "0x1F",
          ": :",
          "[[x]]");

  @Test
  void randomFrontMatterGetsFindingsAUserCanActOn() {
    String body = VALID.substring(VALID.indexOf("## Objective"));
    Generated.forAll(
        "random front matter",
        200,
        r -> {
          List<String> lines = new ArrayList<>();
          int n = r.nextInt(26);
          for (int k = 0; k < n; k++) {
            lines.add(
                " ".repeat(r.nextInt(7))
                    + Generated.oneOf(r, KEYS)
                    + ": "
                    + Generated.oneOf(r, VALUES));
          }
          return "---\n" + String.join("\n", lines) + "\n---\n" + body;
        },
        RandomContentTest::checkWith);
  }
}

package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.Generated;
import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown written to break the reader: nesting, runs of brackets, delimiters and backticks, URLs
 * that run code, and text that tries to forge lines of the report. Whatever it is, up to the file
 * size limit, the answer is a finding a user can act on, at the line in the `.md` file; and
 * whatever checks clean, builds. A timeout here only catches a hang: how long these inputs take is
 * measured by `bench/run hostile`.
 */
class HostileMarkdownTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  private static final int LIMIT = 1024 * 1024; // the default --max-file-kb
  @TempDir Path root;
  private String valid;

  @BeforeEach
  void fixture() throws IOException {
    TestHandbooks.fixtureIn(root);
    valid = Files.readString(root.resolve("content").resolve(LR));
  }

  /** The workflow with `markdown` as its Objective's text, kept under the file size limit. */
  private void objective(String markdown) throws IOException {
    String text =
        valid.replace(
            "Every launch reaches its date with assets, routing and tracking in place.", markdown);
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    assertTrue(bytes.length <= LIMIT, "the generator stays under the size limit: " + bytes.length);
    Files.write(root.resolve("content").resolve(LR), bytes);
  }

  /** Checks, and builds what checks clean; returns the findings' lines. */
  private List<String> checkAndBuild() {
    CliRun check =
        assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.in(root, "check"));
    assertEquals("", check.err(), "nothing but findings");
    List<String> lines = check.out().lines().toList();
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertTrue(line.startsWith("content/"), "a finding at the content: " + line);
    }
    if (check.status() == 0) {
      CliRun build =
          assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.in(root, "build"));
      assertEquals(0, build.status(), "checks clean, so it builds: " + build.out() + build.err());
    }
    return lines.subList(0, lines.size() - 1);
  }

  /** A shape at sizes from just past its limit up to the file size limit. */
  private void atEverySize(String what, IntFunction<String> shape, int smallest)
      throws IOException {
    int room = LIMIT - valid.length() - 64;
    for (int n = smallest; ; n *= 8) {
      String markdown = shape.apply(n);
      boolean last = markdown.length() * 8L > room;
      if (last) {
        // The largest of this shape the size limit lets through.
        markdown = shape.apply((int) ((long) n * room / Math.max(1, markdown.length())));
        while (markdown.length() > room) {
          markdown =
              markdown.substring(
                  0,
                  markdown.lastIndexOf('\n', room) < 0 ? room : markdown.lastIndexOf('\n', room));
        }
      }
      objective(markdown);
      List<String> findings = checkAndBuild();
      assertEquals(1, findings.size(), what + " of " + markdown.length() + " chars: " + findings);
      assertTrue(
          findings.get(0).startsWith("content/" + LR + ":")
              && findings.get(0).endsWith("[markdown-syntax]"),
          what + " of " + markdown.length() + " chars: " + findings.get(0));
      if (last) {
        break;
      }
    }
  }

  @Test
  void nestingPastTheLimitIsOneFindingAtAnySize() throws IOException {
    atEverySize("quotes", n -> ">".repeat(n) + " deep", 33);
    atEverySize(
        "quotes over lines", n -> lines(n, i -> "> ".repeat(Math.min(i + 1, 40)) + "x"), 40);
    atEverySize("lists", n -> lines(Math.min(n, 1000), i -> "  ".repeat(i) + "- x"), 40);
    atEverySize(
        "lists and quotes",
        n -> lines(Math.min(n, 1000), i -> "> ".repeat(i % 3) + "  ".repeat(i) + "1. x"),
        40);
  }

  @Test
  void runsOfBracketsDelimitersAndBackticksAreOneFindingAtAnySize() throws IOException {
    atEverySize("[", n -> "[".repeat(n), 257);
    atEverySize("[[", n -> "[[".repeat(n), 129);
    atEverySize("[a](b ", n -> "[a](b ".repeat(n), 129);
    atEverySize("[x](y \"", n -> "[x](y \"".repeat(n), 129);
    atEverySize("*", n -> "*".repeat(n), 257);
    atEverySize("backticks", n -> "` ".repeat(n), 257);
    atEverySize("<", n -> "<a ".repeat(n), 257);
    atEverySize(
        "table columns",
        n -> "| a ".repeat(n) + "|\n" + "|---".repeat(n) + "|\n" + "| x ".repeat(n) + "|",
        257);
  }

  @Test
  void theSameShapesBelowTheLimitsReadAndBuild() throws IOException {
    String belowLimits =
        String.join(
            "\n\n",
            ">".repeat(30) + " quoted thirty times",
            lines(30, i -> "  ".repeat(i) + "- level " + i),
            "[a](b) ".repeat(60),
            "`x` ".repeat(100),
            "**_".repeat(30_000),
            "*".repeat(200),
            "| a ".repeat(40) + "|\n" + "|---".repeat(40) + "|\n" + "| x ".repeat(40) + "|");
    objective(belowLimits);
    List<String> findings = checkAndBuild();
    assertTrue(
        findings.stream().noneMatch(f -> f.endsWith("[markdown-syntax]")), findings.toString());
  }

  /** Random runs of the characters Markdown gives meaning to, of every length. */
  @Test
  void randomPunctuationOfAnySizeGetsFindingsAUserCanActOn() throws IOException {
    String alphabet = "[]()<>`*_~!\\|#>-+:\"' \n\nab@";
    for (int size : new int[] {2_000, 50_000, 300_000}) {
      Generated.forAll(
          "punctuation " + size,
          size > 10_000 ? 2 : 20,
          (Random r) -> {
            StringBuilder b = new StringBuilder(size);
            while (b.length() < size) {
              char c = alphabet.charAt(r.nextInt(alphabet.length()));
              b.append(String.valueOf(c).repeat(1 + r.nextInt(r.nextInt(10) == 0 ? 400 : 4)));
            }
            return b.toString();
          },
          markdown -> {
            objective(markdown);
            checkAndBuild();
          });
    }
  }

  private static String lines(int n, IntFunction<String> line) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < n; i++) {
      b.append(line.apply(i)).append('\n');
    }
    return b.toString();
  }

  @Test
  void aFenceNeverClosedIsNamedAndItsSwallowedSectionsAreNotEachMissing() throws IOException {
    objective("Every launch reaches its date.\n\n```\nlaunch-checklist.csv");
    List<String> findings = checkAndBuild();
    assertEquals(1, findings.size(), findings.toString());
    assertTrue(
        findings
            .get(0)
            .matches(
                ".*launch-readiness.md:\\d+:1: error: this code fence \\(```\\) is never closed, so everything after it is code, the sections Trigger, Inputs, .* included; close it with a ``` line \\[markdown-syntax\\]"),
        findings.get(0));
  }

  /** Every carrier of a URL, with every disguise of a scheme that runs code or embeds data. */
  @Test
  void oneUrlPolicyForEveryPlaceAUrlCanBeWritten() throws IOException {
    List<String> refused =
        List.of(
            "[inline](javascript:alert(1))",
            "![image](data:image/png;base64,AAAA)",
            "[ref][evil]\n\n[evil]: vbscript:msgbox(1)",
            "<javascript:alert(2)>",
            "<a href=\"JAVASCRIPT:alert(3)\">raw</a>",
            "<img src=\"file:///etc/passwd\">",
            "<a href=\"java&#115;cript:alert(4)\">entity</a>",
            "<a href=\"java\tscript:alert(5)\">tab</a>",
            "[entity](&#106;avascript:alert(6))",
            "[host](//evil.example/x)",
            "<img srcset=\"https://example.com/ok.png 1x, data:image/png;base64,AA 2x\">");
    for (String markdown : refused) {
      objective("Every launch reaches its date.\n\n" + markdown);
      List<String> findings = checkAndBuild();
      assertEquals(1, findings.size(), markdown + ": " + findings);
      String finding = findings.get(0);
      assertTrue(finding.startsWith("content/" + LR + ":"), finding);
      assertTrue(finding.endsWith("[broken-link]"), finding);
      assertTrue(
          finding.contains(" scheme, which can run code") || finding.contains("another host"),
          finding);
    }
    objective(
        "Every launch reaches its date: [web](https://example.com/a?b=c), <mailto:ops@example.com>,"
            + " [page](../learning/launch-post-mortem.md#inputs), [anchor](#trigger),"
            + " <a href=\"https://example.com/\">raw</a>.");
    assertEquals(List.of(), checkAndBuild(), "http, https, mailto, relative and anchors pass");
  }

  @Test
  void aLinkWithAMarkdownEscapeInItsUrlLeadsToTheFileItNames() throws IOException {
    objective("See [the notes](../learning/launch\\-post\\-mortem.md#inputs).");
    assertEquals(List.of(), checkAndBuild());
  }

  @Test
  void plainBracketsAndTaskBoxesStayTextAndBuild() throws IOException {
    objective("Keep one list [draft].\n\n- [x] done\n- [ ] to do");
    assertEquals(List.of(), checkAndBuild());
    String page = Files.readString(root.resolve("site/workflows/launch-readiness.html"));
    assertTrue(page.contains("Keep one list [draft]."), "brackets stay text");
    assertTrue(page.contains("<li>[x] done</li>"), "a task box stays text");
  }

  @Test
  void contentCannotForgeALineOfTheReportOrSendATerminalEscape() throws IOException {
    String fm =
        valid.replace(
            "owner: mops", "owner: mops\n\"evil\\nfake.md:1:1: error: forged [x]\\u001b[2J\": 1");
    Files.writeString(root.resolve("content").resolve(LR), fm);
    CliRun check = CliRun.in(root, "check");
    List<String> lines = check.out().lines().toList();
    assertEquals(2, lines.size(), check.out());
    assertTrue(
        lines.get(0).contains("\"evil\\nfake.md:1:1: error: forged [x]\\u001b[2J\""), lines.get(0));
    assertFalse(check.out().contains("\u001b"), "no escape reaches the terminal");
  }

  static <T> Function<T, T> same() {
    return t -> t;
  }
}

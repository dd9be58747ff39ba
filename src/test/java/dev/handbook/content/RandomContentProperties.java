package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.handbook.Pipeline;
import dev.handbook.TestHandbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever an author (or an accident) writes, the checker answers with findings: never an
 * exception, never a hang. Inputs are random text, and valid workflow files mutated at random.
 */
class RandomContentProperties {
  private static final String VALID =
      read(TestHandbooks.FIXTURE.resolve("workflows/execution/launch-readiness.md"));
  private static Path root;

  @BeforeContainer
  static void fixture() throws IOException {
    root = Files.createTempDirectory("handbook-props");
    TestHandbooks.fixtureIn(root);
  }

  @AfterContainer
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

  /**
   * Checks the fixture with one workflow file replaced; fails on any exception or a run over 10 s.
   */
  private static void checkWith(String text) throws IOException {
    // getBytes, not writeString: random strings hold unpaired surrogates, which it refuses to
    // encode.
    writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static void writeBytes(byte[] bytes) throws IOException {
    Files.write(root.resolve("content/workflows/execution/launch-readiness.md"), bytes);
    assertTimeoutPreemptively(
        Duration.ofSeconds(10), () -> new Pipeline(Path::toString).check(root.resolve("content")));
  }

  @Property(tries = 300)
  void randomTextGetsFindingsNotExceptions(@ForAll("text") String text) throws IOException {
    checkWith(text);
  }

  @Property(tries = 400)
  void mutatedWorkflowsGetFindingsNotExceptions(@ForAll("mutants") String text) throws IOException {
    checkWith(text);
  }

  @Property(tries = 200)
  void randomBytesGetFindingsNotExceptions(@ForAll byte[] bytes) throws IOException {
    writeBytes(bytes);
  }

  @Property(tries = 200)
  void randomFrontMatterGetsFindingsNotExceptions(@ForAll("frontMatter") String yaml)
      throws IOException {
    checkWith("---\n" + yaml + "\n---\n" + VALID.substring(VALID.indexOf("## Objective")));
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> any = Arbitraries.strings().all().ofMaxLength(400);
    Arbitrary<String> markdownish =
        Arbitraries.strings().withChars("-#:[]@*|`>\n \t{}&!\"'%abc123").ofMaxLength(600);
    return Arbitraries.oneOf(
        any,
        markdownish,
        markdownish.map(s -> "---\n" + s),
        markdownish.map(s -> "---\nid: x\n---\n" + s));
  }

  @Provide
  Arbitrary<String> mutants() {
    Arbitrary<Integer> at = Arbitraries.integers().between(0, VALID.length());
    Arbitrary<String> insert =
        Arbitraries.of(
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
            "\uD83D\uDE00");
    return Combinators.combine(at, at, insert, Arbitraries.integers().between(0, 2))
        .as(
            (i, j, s, kind) -> {
              int a = Math.min(i, j);
              int b = Math.max(i, j);
              return switch (kind) {
                case 0 -> VALID.substring(0, a) + s + VALID.substring(a);
                case 1 -> VALID.substring(0, a) + VALID.substring(Math.min(b, a + 80));
                default -> VALID.substring(0, a) + VALID.substring(b) + VALID.substring(a, b);
              };
            });
  }

  @Provide
  Arbitrary<String> frontMatter() {
    Arbitrary<String> key =
        Arbitraries.of(
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
    Arbitrary<String> value =
        Arbitraries.of(
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
    Arbitrary<String> line =
        Combinators.combine(Arbitraries.integers().between(0, 6), key, value)
            .as((indent, k, v) -> " ".repeat(indent) + k + ": " + v);
    return line.list().ofMaxSize(25).map(lines -> String.join("\n", lines));
  }
}

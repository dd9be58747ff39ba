package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (`src/test/resources/hostile/`) through the packaged jar, as CI would run it:
 * every hostile file is a finding, nothing crashes or hangs, nothing outside the content is read or
 * written, and a build of hostile-but-valid Markdown publishes no live script.
 */
class HostileCorpusIT {
  private static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
  private static final Path CORPUS = Path.of("src/test/resources/hostile/content").toAbsolutePath();
  @TempDir Path root;
  @TempDir Path outside;

  record Run(int status, String out, String err) {}

  private Run run(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("java", "-Xmx256m", "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("hostile", ".out");
    Path err = Files.createTempFile("hostile", ".err");
    Process p =
        new ProcessBuilder(cmd)
            .directory(root.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bounded time: " + String.join(" ", args));
    return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
  }

  @Test
  void everyHostileFileIsAFindingAndNothingCrashes() throws Exception {
    TestHandbooks.copyTree(CORPUS, root.resolve("content"));
    Path secret = outside.resolve("secret.md");
    Files.writeString(secret, "---\nid: secret\n---\nTOP SECRET 7f3a\n");
    Files.createSymbolicLink(root.resolve("content/workflows/execution/linked.md"), secret);
    Files.write(root.resolve("content/workflows/execution/huge.md"), new byte[2 * 1024 * 1024]);

    Run check = run("check");
    assertEquals(1, check.status());
    assertEquals("", check.err());
    assertFalse(check.out().contains("Exception"), check.out());
    assertFalse(check.out().contains("TOP SECRET"), "a linked file outside content/ was read");
    for (String file :
        List.of(
            "alias-bomb.md",
            "deep-nesting.md",
            "escape-id.md",
            "link-out.md",
            "notes.txt",
            "binary.md",
            "latin1.md",
            "linked.md",
            "huge.md",
            "live-links.md")) {
      assertTrue(
          check.out().contains("content/workflows/execution/" + file + ":"),
          file + " has no finding:\n" + check.out());
    }
    assertTrue(check.out().contains("content/pages/evil.md:"), check.out());
    assertTrue(
        check.out().contains("is not an id"), "an id that tries to leave its folder is refused");

    Run build = run("build");
    assertEquals(1, build.status());
    assertFalse(Files.exists(root.resolve("site")), "a failed build writes no site");
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(
          List.of("content"),
          left.map(p -> p.getFileName().toString()).toList(),
          "nothing written beside the content");
    }
    try (Stream<Path> left = Files.list(outside)) {
      assertEquals(
          List.of("secret.md"),
          left.map(p -> p.getFileName().toString()).toList(),
          "nothing written outside");
    }
  }

  @Test
  void hostileButValidMarkdownBuildsIntoPagesWithNoLiveScript() throws Exception {
    TestHandbooks.copyTree(CORPUS, root.resolve("content"));
    for (String f :
        List.of(
            "alias-bomb.md",
            "deep-nesting.md",
            "escape-id.md",
            "link-out.md",
            "notes.txt",
            "binary.md",
            "latin1.md",
            "live-links.md")) {
      Files.delete(root.resolve("content/workflows/execution/" + f));
    }
    Files.delete(root.resolve("content/pages/evil.md"));

    Run build = run("build");
    assertEquals(0, build.status(), build.out() + build.err());
    try (Stream<Path> pages = Files.walk(root.resolve("site"))) {
      for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        assertTrue(
            doc.select("script:not([src]), iframe, object, embed, style").isEmpty(),
            page.toString());
        assertTrue(
            doc.select("script[src]").stream().allMatch(s -> s.attr("src").contains("assets/")),
            page.toString());
        assertTrue(
            doc.getAllElements().stream()
                .flatMap(e -> e.attributes().asList().stream())
                .noneMatch(
                    a ->
                        a.getKey().startsWith("on")
                            || a.getValue().strip().toLowerCase().startsWith("javascript:")
                            || a.getValue().strip().toLowerCase().startsWith("data:")),
            page.toString());
      }
    }
    Document page =
        Jsoup.parse(root.resolve("site/workflows/launch-readiness.html").toFile(), "UTF-8");
    assertEquals("approved", page.selectFirst("#trigger b").text());
  }
}

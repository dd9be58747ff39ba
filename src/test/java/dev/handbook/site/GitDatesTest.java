package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dates on pages come from git, never from the clock; edit links when configured. */
class GitDatesTest {
  @TempDir Path root;

  static Map<String, String> hashes(Path site) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        out.put(site.relativize(f).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return out;
  }

  private void git(String... args) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(args).directory(root.toFile()).redirectErrorStream(true);
    pb.environment().put("GIT_AUTHOR_DATE", "2024-03-05T10:00:00Z");
    pb.environment().put("GIT_COMMITTER_DATE", "2024-03-05T10:00:00Z");
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(30, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out);
  }

  @Test
  void pagesShowTheLastCommitThatTouchedTheirFileAndAnEditLinkWhenConfigured() throws Exception {
    TestHandbooks.fixtureIn(root);
    git("git", "init", "-q");
    git("git", "-c", "user.name=t", "-c", "user.email=t@example.com", "add", "-A");
    git(
        "git",
        "-c",
        "user.name=t",
        "-c",
        "user.email=t@example.com",
        "commit",
        "-q",
        "-m",
        "handbook");

    CliRun run =
        CliRun.in(
            root, "build", "--out", "out", "--edit-url", "https://git.example.com/ops/edit/main");
    assertEquals(0, run.status(), run.out());
    var page = Jsoup.parse(root.resolve("out/workflows/launch-readiness.html").toFile(), "UTF-8");
    assertEquals(
        "Source: workflows/execution/launch-readiness.md · last changed 2024-03-05 · Edit this page",
        page.selectFirst(".source").text());
    assertEquals(
        "https://git.example.com/ops/edit/main/content/workflows/execution/launch-readiness.md",
        page.selectFirst(".source a").attr("href"));
  }

  @Test
  void outsideGitThereIsNoDateAndWithoutAnEditUrlNoLink() throws Exception {
    TestHandbooks.fixtureIn(root);
    assertEquals(0, CliRun.in(root, "build", "--out", "out", "--edit-url", "").status());
    var page = Jsoup.parse(root.resolve("out/workflows/launch-readiness.html").toFile(), "UTF-8");
    assertEquals(
        "Source: workflows/execution/launch-readiness.md", page.selectFirst(".source").text());
    assertFalse(Files.readString(root.resolve("out/pages/glossary.html")).contains("Last changed"));
  }
}

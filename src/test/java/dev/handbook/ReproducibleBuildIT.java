package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the same content are the same bytes, each in a process of its own (anything random
 * per process, such as the hole mark, or taken from the clock would differ between them).
 */
class ReproducibleBuildIT {
  private static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
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

  private void build(String out, String audience) throws Exception {
    Process p =
        new ProcessBuilder(
                "java", "-jar", JAR.toString(), "build", "--audience", audience, "--out", out)
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String log = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), log);
  }

  @Test
  void twoBuildsInTwoProcessesAreByteIdentical() throws Exception {
    TestHandbooks.fixtureIn(root);
    // Raw HTML takes the sanitiser's path, where the section mark is written and split away.
    TestHandbooks.edit(
        root,
        "workflows/execution/launch-readiness.md",
        "A launch brief is approved.",
        "A launch brief is <b>approved</b>.");
    // The author's handbook is the shared one plus findings, rule pages and private pages.
    TestHandbooks.write(root, "private/author.yaml", "preferred: revops-home\n");
    TestHandbooks.write(root, "private/notes.md", "---\ntitle: Notes\n---\n\nOpen points.\n");
    for (String audience : List.of("shared", "author")) {
      build(audience + "-one", audience);
      Thread.sleep(1100); // a clock-derived value would now differ
      build(audience + "-two", audience);
      Map<String, String> one = hashes(root.resolve(audience + "-one"));
      assertEquals(one, hashes(root.resolve(audience + "-two")), audience);
      assertTrue(
          one.size() > (audience.equals("author") ? 60 : 25),
          "the whole site was compared: " + one.size());
    }
  }
}

package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build killed at any moment leaves either the previous site or the new one, whole, never a mix
 * or nothing; the next build cleans up what the killed one left beside the output folder.
 */
class InterruptedBuildIT {
  private static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
  @TempDir Path root;

  static Map<String, String> hashes(Path site) throws Exception {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(site)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(
            site.relativize(f).toString(),
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }

  private Process build() throws Exception {
    return new ProcessBuilder("java", "-jar", JAR.toString(), "build")
        .directory(root.toFile())
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private void setTitle(String title) throws Exception {
    Path f = root.resolve("content/workflows/execution/launch-readiness.md");
    Files.writeString(f, Files.readString(f).replaceFirst("(?m)^title: .*$", "title: " + title));
  }

  @Test
  void killingABuildAtAnyMomentLeavesAWholeSite() throws Exception {
    TestHandbooks.fixtureIn(root);
    String template =
        Files.readString(root.resolve("content/workflows/learning/launch-post-mortem.md"));
    for (int i = 0; i < 300; i++) {
      TestHandbooks.write(
          root,
          "workflows/learning/extra-" + i + ".md",
          template.replace("id: launch-post-mortem", "id: extra-" + i));
    }
    assertEquals(0, build().waitFor());
    Map<String, String> old = hashes(root.resolve("site"));

    setTitle("Launch Readiness Gate");
    assertEquals(0, build().waitFor());
    Map<String, String> next = hashes(root.resolve("site"));
    assertTrue(!old.equals(next));

    int[] delaysMs = {150, 400, 700, 1000, 1300, 1600, 1900, 2300};
    for (int delay : delaysMs) {
      setTitle(delay % 2 == 0 ? "Launch Readiness Review" : "Launch Readiness Gate");
      Process p = build();
      Thread.sleep(delay);
      p.destroyForcibly();
      p.waitFor(30, TimeUnit.SECONDS);
      Map<String, String> after = hashes(root.resolve("site"));
      if (!after.equals(old) && !after.equals(next)) {
        Set<String> differ = new TreeSet<>();
        for (String k : next.keySet()) {
          if (!next.get(k).equals(after.get(k)) && !old.get(k).equals(after.get(k))) {
            differ.add(k);
          }
        }
        Set<String> extra = new TreeSet<>(after.keySet());
        extra.removeAll(next.keySet());
        try (Stream<Path> left = Files.list(root)) {
          throw new AssertionError(
              "killed after "
                  + delay
                  + " ms: the site is neither the old nor the new build; files: "
                  + after.size()
                  + ", differing from both: "
                  + differ
                  + ", extra: "
                  + extra
                  + ", beside it: "
                  + left.map(Path::getFileName).toList());
        }
      }
    }

    assertEquals(0, build().waitFor());
    try (Stream<Path> left = Files.list(root)) {
      assertEquals(
          List.of("content", "site"),
          left.map(p -> p.getFileName().toString()).sorted().toList(),
          "the next build removed what killed builds left beside the site");
    }
  }
}

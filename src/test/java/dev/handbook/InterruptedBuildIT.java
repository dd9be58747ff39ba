package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output folder under stress, through the packaged jar: builds killed at random moments, builds
 * that overlap, and a project template that fails while pages are being written on every core.
 * Whatever happens, `site/` is a whole site (the previous one or the new one), and nothing a build
 * left behind survives the next build.
 */
class InterruptedBuildIT {
  private static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
  private static final String LR = "content/workflows/execution/launch-readiness.md";
  @TempDir Path root;

  static Map<String, String> hashes(Path site) throws Exception {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isDirectory(site)) {
      return out;
    }
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f));
        out.put(site.relativize(f).toString(), HexFormat.of().formatHex(digest));
      }
    }
    return out;
  }

  /** What killed or failed builds left beside the site: drafts and sites set aside mid-swap. */
  private List<Path> leftovers() throws IOException {
    try (Stream<Path> list = Files.list(root)) {
      return list.filter(
              p -> {
                String n = p.getFileName().toString();
                return n.startsWith(".site.tmp-") || n.startsWith(".site.old-");
              })
          .toList();
    }
  }

  private Process start(String name) throws IOException {
    Files.createDirectories(root.resolve("logs"));
    return new ProcessBuilder("java", "-jar", JAR.toString(), "build")
        .directory(root.toFile())
        .redirectOutput(root.resolve("logs/" + name + ".out").toFile())
        .redirectError(root.resolve("logs/" + name + ".err").toFile())
        .start();
  }

  private int run(String name) throws Exception {
    Process p = start(name);
    assertTrue(p.waitFor(3, TimeUnit.MINUTES), name + " finished");
    return p.exitValue();
  }

  private String log(String name) throws IOException {
    return Files.readString(root.resolve("logs/" + name + ".out"))
        + Files.readString(root.resolve("logs/" + name + ".err"));
  }

  private void setTitle(String title) throws IOException {
    Path f = root.resolve(LR);
    Files.writeString(f, Files.readString(f).replaceFirst("(?m)^title: .*$", "title: " + title));
  }

  @BeforeEach
  void aHandbookOfSomeSize() throws IOException {
    TestHandbooks.fixtureIn(root);
    String template =
        Files.readString(root.resolve("content/workflows/learning/launch-post-mortem.md"));
    for (int i = 0; i < 400; i++) {
      TestHandbooks.write(
          root,
          "workflows/learning/extra-" + i + ".md",
          template.replace("id: launch-post-mortem", "id: extra-" + i));
    }
  }

  /** The two sites a title can give: A and B, each built once. */
  private Map<String, Map<String, String>> twoSites() throws Exception {
    Map<String, Map<String, String>> sites = new TreeMap<>();
    for (String title : List.of("Launch Readiness A", "Launch Readiness B")) {
      setTitle(title);
      assertEquals(0, run("site-" + title.charAt(title.length() - 1)));
      sites.put(title, hashes(root.resolve("site")));
    }
    assertNotEquals(sites.get("Launch Readiness A"), sites.get("Launch Readiness B"));
    return sites;
  }

  @Test
  void killsAtRandomMomentsLeaveAWholeSiteAndMostLandMidWrite() throws Exception {
    Map<String, Map<String, String>> sites = twoSites();
    long t0 = System.nanoTime();
    assertEquals(0, run("timed"));
    long buildMs = (System.nanoTime() - t0) / 1_000_000;

    Random random = new Random(Generated.SEED);
    int kills = 16;
    int midWrite = 0;
    for (int i = 0; i < kills; i++) {
      setTitle(i % 2 == 0 ? "Launch Readiness A" : "Launch Readiness B");
      Process p = start("killed-" + i);
      // Anywhere from the middle of reading to the end of writing.
      Thread.sleep(buildMs / 3 + random.nextInt((int) Math.max(1, buildMs * 2 / 3)));
      p.destroyForcibly();
      assertTrue(p.waitFor(30, TimeUnit.SECONDS));
      List<Path> left = leftovers();
      if (!left.isEmpty()) {
        midWrite++;
      }
      Map<String, String> site = hashes(root.resolve("site"));
      if (site.isEmpty()) {
        // Killed between the two renames of the swap: the previous site waits beside the folder
        // and the next build puts it back.
        Path old =
            left.stream()
                .filter(l -> l.getFileName().toString().startsWith(".site.old-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no site and nothing set aside: " + left));
        site = hashes(old);
      }
      assertTrue(
          sites.containsValue(site),
          "killed after its " + i + "th start: the site is neither whole site; beside it: " + left);
    }
    System.out.println(midWrite + " of " + kills + " kills landed while a build was writing");
    assertTrue(
        midWrite >= kills / 4,
        "only "
            + midWrite
            + " of "
            + kills
            + " kills landed while a build was writing; the test"
            + " proves little unless most do (build took "
            + buildMs
            + " ms)");

    setTitle("Launch Readiness B");
    assertEquals(0, run("after"), log("after"));
    assertEquals(sites.get("Launch Readiness B"), hashes(root.resolve("site")));
    assertEquals(List.of(), leftovers(), "the next build removed what killed builds left");
  }

  @Test
  void overlappingBuildsTakeTurnsAndBothFinish() throws Exception {
    Map<String, Map<String, String>> sites = twoSites();
    long t0 = System.nanoTime();
    assertEquals(0, run("timed"));
    long buildMs = (System.nanoTime() - t0) / 1_000_000;
    // The second build starts while the first reads, renders, or swaps its site in.
    int waited = 0;
    for (long offset : new long[] {buildMs / 5, buildMs / 2, buildMs * 4 / 5}) {
      setTitle("Launch Readiness A");
      Process first = start("first-" + offset);
      Thread.sleep(offset);
      setTitle("Launch Readiness B");
      Process second = start("second-" + offset);
      assertTrue(first.waitFor(3, TimeUnit.MINUTES) && second.waitFor(3, TimeUnit.MINUTES));
      assertEquals(0, first.exitValue(), log("first-" + offset));
      assertEquals(0, second.exitValue(), log("second-" + offset));
      assertTrue(
          sites.containsValue(hashes(root.resolve("site"))),
          "a whole site after builds " + offset + " ms apart");
      assertEquals(List.of(), leftovers());
      if (log("second-" + offset).contains("waiting for another build")) {
        waited++;
      }
    }
    // Whether the second reaches the lock before the first lets go is a matter of timing; started
    // at a fifth of a build, it does.
    assertTrue(waited > 0, "no second build ever waited for the first");
  }

  @Test
  void aTemplateThatFailsWhilePagesAreWrittenLeavesTheOldSiteAndNoDraft() throws Exception {
    assertEquals(0, run("good"));
    Map<String, String> good = hashes(root.resolve("site"));
    Files.createDirectories(root.resolve("templates"));
    Files.writeString(
        root.resolve("templates/workflow.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page><h1>${title}</h1>"
            + "<#if id?ends_with(\"7\")>${no.such.value}</#if></@l.page>");
    List<Integer> statuses = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      statuses.add(run("failing-" + i));
      assertTrue(log("failing-" + i).contains("workflow.ftlh"), log("failing-" + i));
      assertEquals(good, hashes(root.resolve("site")), "the previous site is untouched");
      assertEquals(List.of(), leftovers(), "the failed build removed its draft");
    }
    assertEquals(List.of(2, 2, 2, 2), statuses);
  }
}

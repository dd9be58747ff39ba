package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `handbook serve` as a user starts it, from the packaged jar: after every kind of edit (prose,
 * front matter, charter, free page, template) each page it serves is, apart from the reload script
 * it injects, byte for byte what `handbook build --audience author` writes for the same content.
 */
class ServeCommandIT {
  private static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
  private static final String RELOAD = "<script src=\"/__handbook/reload.js\"></script>";
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  @TempDir Path root;
  private String base;
  private long version;
  private int builds;

  private byte[] get(String path) throws IOException, InterruptedException {
    HttpResponse<byte[]> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path);
    return r.body();
  }

  /** Waits until serve has rebuilt after a save (the long poll a browser makes). */
  private void awaitRebuild() throws Exception {
    long deadline = System.currentTimeMillis() + 30_000;
    while (System.currentTimeMillis() < deadline) {
      long now = Long.parseLong(new String(get("/__handbook/version?since=" + version)).strip());
      if (now != version) {
        version = now;
        return;
      }
    }
    throw new AssertionError("serve did not rebuild after the save");
  }

  /** Builds the same content with the jar and compares every file with what serve serves. */
  private void assertServedIsBuilt() throws Exception {
    Path out = root.resolve("built-" + ++builds);
    Process build =
        new ProcessBuilder(
                "java",
                "-jar",
                JAR.toString(),
                "build",
                "--audience",
                "author",
                "--out",
                out.toString())
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    String log = new String(build.getInputStream().readAllBytes());
    assertTrue(build.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, build.exitValue(), log);
    Map<String, byte[]> built = new TreeMap<>();
    try (Stream<Path> files = Files.walk(out)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        built.put(out.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    }
    built.remove(".handbook-site");
    assertTrue(built.size() > 40, "the whole site: " + built.size());
    for (var e : built.entrySet()) {
      byte[] served = get("/" + e.getKey());
      if (e.getKey().endsWith(".html")) {
        String page = new String(served, StandardCharsets.UTF_8);
        assertTrue(page.contains(RELOAD + "</body>"), e.getKey() + " has the reload script");
        served = page.replace(RELOAD, "").getBytes(StandardCharsets.UTF_8);
      }
      assertTrue(Arrays.equals(e.getValue(), served), e.getKey() + " differs from the build");
    }
  }

  @Test
  void everyEditIsServedAsTheBuildCommandWritesIt() throws Exception {
    TestHandbooks.fixtureIn(root);
    Process serve =
        new ProcessBuilder("java", "-jar", JAR.toString(), "serve", "--port", "0")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
      String port = null;
      for (String line; port == null && (line = out.readLine()) != null; ) {
        Matcher m = Pattern.compile("^serving http://127\\.0\\.0\\.1:(\\d+)/").matcher(line);
        if (m.find()) {
          port = m.group(1);
        }
      }
      assertNotNull(port, "serve printed its address");
      base = "http://127.0.0.1:" + port;
      version = Long.parseLong(new String(get("/__handbook/version?since=-1")).strip());
      assertServedIsBuilt();
      Thread.sleep(500); // let the watcher register every folder before the first save

      String lr = "workflows/execution/launch-readiness.md";
      TestHandbooks.edit(
          root, lr, "Every launch reaches its date", "Every launch reaches its agreed date");
      awaitRebuild();
      assertTrue(new String(get("/workflows/launch-readiness.html")).contains("its agreed date"));
      assertServedIsBuilt();

      TestHandbooks.edit(
          root, lr, "title: Launch Readiness Review", "title: Launch Readiness Gate");
      awaitRebuild();
      assertServedIsBuilt();

      TestHandbooks.edit(root, "charter.yaml", "name: Sales }", "name: Field Sales }");
      awaitRebuild();
      assertServedIsBuilt();

      Path glossary = root.resolve("content/pages/glossary.md");
      Files.writeString(glossary, Files.readString(glossary) + "\nAsk @cmo.\n");
      awaitRebuild();
      assertServedIsBuilt();

      Files.createDirectories(root.resolve("templates"));
      Thread.sleep(300); // a new folder is watched once the watcher has seen it
      Files.writeString(
          root.resolve("templates/page.ftlh"),
          "<#import \"layout.ftlh\" as l><@l.page><p>custom</p>${html?no_esc}</@l.page>");
      awaitRebuild();
      assertTrue(new String(get("/pages/glossary.html")).contains("<p>custom</p>"));
      assertServedIsBuilt();
    } finally {
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
    }
  }
}

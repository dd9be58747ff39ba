package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `handbook serve` as a user starts it: the packaged jar serves the site and picks up a saved edit.
 */
class ServeCommandIT {
  private static final Path JAR = Path.of("target/handbook.jar").toAbsolutePath();
  @TempDir Path root;

  @Test
  void servesTheHandbookAndRebuildsWhenAWorkflowIsSaved() throws Exception {
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
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      String base = "http://127.0.0.1:" + port;
      HttpResponse<String> index =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, index.statusCode());
      assertTrue(index.body().contains("/__handbook/reload.js"));
      String version =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/__handbook/version?since=-1")).build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();

      Thread.sleep(500); // let the watcher register before the save
      TestHandbooks.edit(
          root,
          "workflows/execution/launch-readiness.md",
          "Every launch reaches its date",
          "Every launch reaches its agreed date");

      HttpResponse<String> changed =
          http.send(
              HttpRequest.newBuilder(URI.create(base + "/__handbook/version?since=" + version))
                  .timeout(Duration.ofSeconds(30))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertTrue(
          Long.parseLong(changed.body()) > Long.parseLong(version),
          "the open page is told to reload");
      String page =
          http.send(
                  HttpRequest.newBuilder(URI.create(base + "/workflows/launch-readiness.html"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString())
              .body();
      assertTrue(page.contains("its agreed date"), "the rebuilt page is served");
    } finally {
      serve.destroy();
      serve.waitFor(10, TimeUnit.SECONDS);
    }
  }
}

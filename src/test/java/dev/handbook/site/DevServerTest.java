package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live-preview server: pages with the reload hook, reload on change, findings over the last
 * good page.
 */
class DevServerTest {
  @TempDir Path root;
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  private HttpResponse<String> get(DevServer server, String path)
      throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void servesTheSiteWithAReloadHookAndAnswersTheVersionPollWhenABuildIsPublished()
      throws Exception {
    TestHandbooks.fixtureIn(root);
    Pipeline build =
        new Pipeline(
            Pipeline.Settings.of(root.resolve("content"), p -> root.relativize(p).toString()));
    build.serve(List.of());
    try (DevServer server = new DevServer(0, build::served)) {
      HttpResponse<String> index = get(server, "/");
      assertEquals(200, index.statusCode());
      assertTrue(
          index.body().contains("<script src=\"/__handbook/reload.js\"></script></body>"),
          "reload hook before </body>");
      assertEquals(
          "text/css; charset=utf-8",
          get(server, "/assets/style.css").headers().firstValue("Content-Type").orElse(""));
      assertEquals(404, get(server, "/nowhere.html").statusCode());

      long version = build.served().version();
      assertEquals(
          Long.toString(version),
          get(server, "/__handbook/version?since=" + (version - 1)).body(),
          "a stale browser learns at once");

      AtomicReference<String> polled = new AtomicReference<>();
      Thread poll =
          new Thread(
              () -> {
                try {
                  polled.set(get(server, "/__handbook/version?since=" + version).body());
                } catch (Exception e) {
                  polled.set(e.toString());
                }
              });
      poll.start();
      Thread.sleep(200);
      TestHandbooks.edit(
          root, "workflows/execution/launch-readiness.md", "owner: mops", "owner: nobody");
      build.serve(Set.of(root.resolve("content/workflows/execution/launch-readiness.md")));
      server.published();
      poll.join(10_000);
      assertEquals(Long.toString(version + 1), polled.get());

      String page = get(server, "/workflows/launch-readiness.html").body();
      assertTrue(
          page.contains("This change has errors; you are seeing the last good build."), page);
      assertTrue(
          page.contains("owner &quot;nobody&quot;: no function, team member or role has that id"),
          page);
      assertTrue(
          page.contains("<h1>Launch Readiness Review</h1>"), "the last good page is still served");
    }
  }

  @Test
  void aSavedFileIsPickedUpByTheWatcherAndRebuilt() throws Exception {
    TestHandbooks.fixtureIn(root);
    Path content = root.resolve("content");
    Pipeline build =
        new Pipeline(Pipeline.Settings.of(content, p -> root.relativize(p).toString()));
    build.serve(List.of());
    long before = build.served().version();
    try (ContentWatcher watcher = new ContentWatcher(content)) {
      Thread t =
          new Thread(
              () ->
                  watcher.run(
                      changed -> {
                        try {
                          build.serve(changed);
                        } catch (IOException e) {
                          throw new UncheckedIOException(e);
                        }
                      }));
      t.setDaemon(true);
      t.start();
      Thread.sleep(300);
      TestHandbooks.edit(
          root,
          "workflows/execution/launch-readiness.md",
          "Every launch reaches its date",
          "Every launch reaches its target date");
      long deadline = System.currentTimeMillis() + 15_000;
      while (build.served().version() == before && System.currentTimeMillis() < deadline) {
        Thread.sleep(20);
      }
      assertTrue(build.served().version() > before, "the watcher saw the save");
      assertTrue(
          new String(build.served().site().get("workflows/launch-readiness.html"))
              .contains("its target date"));
    }
  }

  @Test
  void answersOnlyToLocalHostNames() throws Exception {
    TestHandbooks.fixtureIn(root);
    Pipeline build =
        new Pipeline(
            Pipeline.Settings.of(root.resolve("content"), p -> root.relativize(p).toString()));
    build.serve(List.of());
    try (DevServer server = new DevServer(0, build::served);
        Socket socket = new Socket("127.0.0.1", server.port())) {
      socket
          .getOutputStream()
          .write("GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n".getBytes());
      String response = new String(socket.getInputStream().readAllBytes());
      assertTrue(response.startsWith("HTTP/1.1 403"), response);
    }
  }
}

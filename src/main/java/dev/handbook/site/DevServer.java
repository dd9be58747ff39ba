package dev.handbook.site;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.handbook.findings.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the in-memory site on localhost for `serve`. HTML responses get a small script that
 * long-polls for a new build and reloads the page; while the content has errors, the last good
 * pages stay served with the findings shown above them. Nothing of this is in the built site.
 */
public final class DevServer implements AutoCloseable {
  static final String RELOAD_JS =
      """
      (function () {
        var v = %d;
        function poll() {
          fetch("/__handbook/version?since=" + v, { cache: "no-store" })
            .then(function (r) { return r.text(); })
            .then(function (t) { var n = parseInt(t, 10); if (n !== v) { location.reload(); } else { poll(); } })
            .catch(function () { setTimeout(poll, 1000); });
        }
        poll();
      })();
      """;

  private final HttpServer server;
  private final Supplier<Served> state;
  private final Object changed = new Object();

  public DevServer(int port, Supplier<Served> state) throws IOException {
    this.state = state;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 64);
    server.setExecutor(
        Executors.newCachedThreadPool(
            r -> {
              Thread t = new Thread(r, "handbook-serve");
              t.setDaemon(true);
              return t;
            }));
    server.createContext("/", this::handle);
    server.start();
  }

  public int port() {
    return server.getAddress().getPort();
  }

  /** Wakes every waiting browser: a new build is ready. */
  public void published() {
    synchronized (changed) {
      changed.notifyAll();
    }
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      // Only this machine's own names: a page on another site cannot reach the preview through DNS
      // rebinding.
      String host = ex.getRequestHeaders().getFirst("Host");
      String h = host == null ? "" : host.replaceFirst(":\\d+$", "");
      if (!h.equals("127.0.0.1") && !h.equals("localhost") && !h.equals("[::1]")) {
        send(
            ex,
            403,
            "text/plain; charset=utf-8",
            "handbook serve answers only to localhost\n".getBytes(StandardCharsets.UTF_8));
        return;
      }
      String path = URI.create(ex.getRequestURI().toString()).getPath();
      if (path.equals("/__handbook/version")) {
        version(ex);
        return;
      }
      if (path.equals("/__handbook/reload.js")) {
        send(
            ex,
            200,
            "text/javascript",
            RELOAD_JS.formatted(state.get().version()).getBytes(StandardCharsets.UTF_8));
        return;
      }
      String key = path.startsWith("/") ? path.substring(1) : path;
      if (key.isEmpty() || key.endsWith("/")) {
        key += "index.html";
      }
      Served s = state.get();
      byte[] body = s.site().get(key);
      if (body == null) {
        send(
            ex,
            404,
            "text/html; charset=utf-8",
            page(
                "Not found",
                "<p>No page at <code>"
                    + esc(path)
                    + "</code>. <a href=\"/index.html\">Overview</a></p>",
                s));
        return;
      }
      if (key.endsWith(".html")) {
        body = inject(new String(body, StandardCharsets.UTF_8), s).getBytes(StandardCharsets.UTF_8);
      }
      send(ex, 200, type(key), body);
    }
  }

  /** Long poll: answers at once when the build is newer than the browser's, else within 25 s. */
  private void version(HttpExchange ex) throws IOException {
    String query = ex.getRequestURI().getRawQuery();
    long since = -1;
    if (query != null && query.startsWith("since=")) {
      try {
        since = Long.parseLong(query.substring(6));
      } catch (NumberFormatException e) {
        since = -1;
      }
    }
    long deadline = System.currentTimeMillis() + 25_000;
    synchronized (changed) {
      while (state.get().version() == since && System.currentTimeMillis() < deadline) {
        try {
          changed.wait(Math.max(1, deadline - System.currentTimeMillis()));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          break;
        }
      }
    }
    send(
        ex,
        200,
        "text/plain",
        Long.toString(state.get().version()).getBytes(StandardCharsets.UTF_8));
  }

  private static String inject(String html, Served s) {
    String banner = s.failed() ? findingsBanner(s.findings()) : "";
    String script = "<script src=\"/__handbook/reload.js\"></script>";
    int body = html.indexOf("<body>");
    if (body >= 0 && !banner.isEmpty()) {
      html = html.substring(0, body + 6) + banner + html.substring(body + 6);
    }
    int end = html.lastIndexOf("</body>");
    return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
  }

  /** The findings that stopped this build, above the last good page, so an author sees why. */
  static String findingsBanner(List<Finding> findings) {
    // Styled by class from the site's stylesheet: the pages' Content-Security-Policy forbids inline
    // styles.
    StringBuilder b = new StringBuilder("<div role=\"alert\" class=\"handbook-alert\">");
    b.append("<strong>This change has errors; you are seeing the last good build.</strong><ul>");
    findings.stream()
        .filter(f -> !f.suppressed())
        .limit(50)
        .forEach(f -> b.append("<li><code>").append(esc(f.toText())).append("</code></li>"));
    return b.append("</ul></div>").toString();
  }

  private static byte[] page(String title, String body, Served s) {
    String html =
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
            + esc(title)
            + "</title></head><body>"
            + (s.failed() ? findingsBanner(s.findings()) : "")
            + body
            + "<script src=\"/__handbook/reload.js\"></script></body></html>";
    return html.getBytes(StandardCharsets.UTF_8);
  }

  private static void send(HttpExchange ex, int status, String type, byte[] body)
      throws IOException {
    ex.getResponseHeaders().set("Content-Type", type);
    ex.getResponseHeaders().set("Cache-Control", "no-store");
    ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    try (OutputStream out = ex.getResponseBody()) {
      out.write(body);
    }
  }

  private static final Map<String, String> TYPES =
      Map.of(
          "html",
          "text/html; charset=utf-8",
          "css",
          "text/css; charset=utf-8",
          "js",
          "text/javascript; charset=utf-8",
          "json",
          "application/json",
          "svg",
          "image/svg+xml",
          "png",
          "image/png",
          "jpg",
          "image/jpeg");

  private static String type(String key) {
    String ext = key.substring(key.lastIndexOf('.') + 1);
    return TYPES.getOrDefault(ext, "application/octet-stream");
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

package dev.handbook.content;

import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Resolves an ordinary Markdown link written in a content file to the site page it means. The
 * checker and the renderer both use it, so a link the checker accepts is the link the site gets.
 */
public final class ContentLinks {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

  /** What a destination turned out to be. */
  public sealed interface Target {}

  /** A link outside the handbook (http, mailto, …): left as written. */
  public record External(String url) implements Target {}

  /** An anchor on the same page. */
  public record SamePage(String fragment) implements Target {}

  /** Another content file: its site path (e.g. `workflows/x.html`) and fragment ("" when none). */
  public record Content(String sitePath, String fragment, Workflow workflow) implements Target {}

  /** A relative link that leads to no workflow or page; reason says why. */
  public record Broken(String reason) implements Target {}

  private final Map<String, String> sitePathBySource = new HashMap<>();
  private final Map<String, Workflow> workflowBySource = new HashMap<>();

  public ContentLinks(Handbook handbook) {
    for (Workflow w : handbook.workflows()) {
      String source = SitePaths.source(w);
      sitePathBySource.put(source, SitePaths.workflow(w.idOrFileId()));
      workflowBySource.put(source, w);
    }
    List<Page> pages = new ArrayList<>(handbook.pages());
    pages.addAll(handbook.privateMaterial().pages());
    for (Page p : pages) {
      sitePathBySource.put(SitePaths.source(p), SitePaths.page(p));
    }
  }

  /** True when a destination names a file of the content folder, not another site or this page. */
  public static boolean isLocal(String destination) {
    String dest = destination.strip();
    return !(external(dest) || dest.startsWith("#") || dest.isEmpty());
  }

  /** A scheme (http:, mailto:) or a host (//) leads away from the handbook. */
  private static boolean external(String dest) {
    return SCHEME.matcher(dest).find() || dest.startsWith("//");
  }

  public Target resolve(String fromSource, String destination) {
    String dest = destination.strip();
    if (external(dest)) {
      return new External(dest);
    }
    int hash = dest.indexOf('#');
    String path = hash < 0 ? dest : dest.substring(0, hash);
    String fragment = hash < 0 ? "" : dest.substring(hash + 1);
    if (path.isEmpty()) {
      return new SamePage(fragment);
    }
    if (path.startsWith("/")) {
      return new Broken(
          "absolute paths break under a path prefix; write a path relative to this file");
    }
    String base =
        fromSource.contains("/") ? fromSource.substring(0, fromSource.lastIndexOf('/') + 1) : "";
    Optional<String> resolved = normalize(base + decode(path));
    if (resolved.isEmpty()) {
      return new Broken("it points outside the content folder");
    }
    String site = sitePathBySource.get(resolved.get());
    if (site == null) {
      return new Broken("no workflow or page at " + resolved.get());
    }
    return new Content(site, fragment, workflowBySource.get(resolved.get()));
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  /**
   * Resolves `.` and `..` in a `/`-separated relative path; empty when it climbs above its root.
   */
  public static Optional<String> normalize(String path) {
    ArrayDeque<String> parts = new ArrayDeque<>();
    for (String part : path.split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        if (parts.isEmpty()) {
          return Optional.empty();
        }
        parts.removeLast();
      } else {
        parts.addLast(part);
      }
    }
    return Optional.of(String.join("/", parts));
  }
}

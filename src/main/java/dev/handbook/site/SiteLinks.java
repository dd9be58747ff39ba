package dev.handbook.site;

import dev.handbook.check.Findings;
import dev.handbook.check.Rule;
import dev.handbook.model.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Proves the rendered site's links whole before it is published: every relative `href` and `src`
 * must lead to a page or asset of the site, and every `#anchor` to an id on that page.
 */
public final class SiteLinks {
  private SiteLinks() {}

  /** @param siteName how the site folder is named in findings, e.g. "site" */
  public static void check(Map<String, byte[]> site, String siteName, Findings findings) {
    Map<String, Document> pages = new HashMap<>();
    Map<String, Set<String>> ids = new HashMap<>();
    for (var e : site.entrySet()) {
      if (!e.getKey().endsWith(".html")) continue;
      Document doc = Jsoup.parse(new String(e.getValue(), StandardCharsets.UTF_8), "", Parser.htmlParser().setTrackPosition(true));
      pages.put(e.getKey(), doc);
      Set<String> pageIds = new HashSet<>();
      for (Element el : doc.select("[id]")) pageIds.add(el.id());
      ids.put(e.getKey(), pageIds);
    }
    for (var e : pages.entrySet()) {
      String page = e.getKey();
      for (Element el : e.getValue().select("[href], [src]")) {
        String attr = el.hasAttr("href") ? "href" : "src";
        String target = el.attr(attr);
        String problem = problem(page, target, site, ids);
        if (problem == null) continue;
        var start = el.sourceRange().start();
        findings.add(Rule.BROKEN_LINK, new SourcePos(siteName + "/" + page, start.lineNumber(), start.columnNumber()),
            "the rendered page links to \"" + target + "\", which " + problem + "; fix the template or the content that produced it");
      }
    }
  }

  private static String problem(String page, String target, Map<String, byte[]> site, Map<String, Set<String>> ids) {
    URI uri;
    try {
      uri = new URI(target.strip());
    } catch (URISyntaxException e) {
      return "is not a valid link";
    }
    if (uri.getScheme() != null || target.startsWith("//")) return null; // external: not ours to prove
    String path = uri.getPath() == null ? "" : uri.getPath();
    String resolved = path.isEmpty() ? page : resolve(page, path);
    if (resolved == null) return "points outside the site";
    if (!site.containsKey(resolved)) return "does not exist in the site";
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && resolved.endsWith(".html") && !ids.get(resolved).contains(fragment)) {
      return "has no anchor #" + fragment;
    }
    return null;
  }

  private static String resolve(String page, String path) {
    if (path.startsWith("/")) return null;
    java.util.ArrayDeque<String> parts = new java.util.ArrayDeque<>();
    String[] base = page.split("/");
    for (int i = 0; i < base.length - 1; i++) parts.addLast(base[i]);
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.removeLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }
}

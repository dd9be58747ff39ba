package dev.handbook.site;

import dev.handbook.check.Findings;
import dev.handbook.check.Rule;
import dev.handbook.model.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Proves the rendered site's links whole before it is published: every relative `href` and `src`
 * must lead to a page or asset of the site, and every `#anchor` to an id on that page.
 *
 * <p>The pages are our own output (templates and sanitised content), whose attributes are always
 * quoted, so a scan for quoted `href`, `src` and `id` attributes sees what a parser would, at a
 * fraction of the cost of parsing every page; pages are scanned in parallel.
 */
public final class SiteLinks {
  private static final Pattern ID = Pattern.compile("\\sid\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
  private static final Pattern LINK = Pattern.compile("\\s(?:href|src)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  private SiteLinks() {}

  /** @param siteName how the site folder is named in findings, e.g. "site" */
  public static void check(Map<String, byte[]> site, String siteName, Findings findings) {
    Map<String, String> pages = new ConcurrentHashMap<>();
    Map<String, Set<String>> ids = new ConcurrentHashMap<>();
    site.entrySet().parallelStream().filter(e -> e.getKey().endsWith(".html")).forEach(e -> {
      String html = new String(e.getValue(), StandardCharsets.UTF_8);
      pages.put(e.getKey(), html);
      Set<String> pageIds = new HashSet<>();
      Matcher m = ID.matcher(html);
      while (m.find()) pageIds.add(unescape(value(m)));
      ids.put(e.getKey(), pageIds);
    });
    pages.entrySet().parallelStream().forEach(e -> {
      String page = e.getKey();
      String html = e.getValue();
      Matcher m = LINK.matcher(html);
      while (m.find()) {
        String target = unescape(value(m));
        String problem = problem(page, target, site, ids);
        if (problem == null) continue;
        int offset = m.start() + 1;
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
          if (html.charAt(i) == '\n') {
            line++;
            lineStart = i + 1;
          }
        }
        findings.add(Rule.BROKEN_LINK, new SourcePos(siteName + "/" + page, line, offset - lineStart + 1),
            "the rendered page links to \"" + target + "\", which " + problem + "; fix the template or the content that produced it");
      }
    });
  }

  private static String value(Matcher m) {
    return m.group(1) != null ? m.group(1) : m.group(2);
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) return s;
    return s.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
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
    List<String> parts = new ArrayList<>();
    String[] base = page.split("/");
    for (int i = 0; i < base.length - 1; i++) parts.add(base[i]);
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) continue;
      if (p.equals("..")) {
        if (parts.isEmpty()) return null;
        parts.remove(parts.size() - 1);
      } else {
        parts.add(p);
      }
    }
    return String.join("/", parts);
  }
}

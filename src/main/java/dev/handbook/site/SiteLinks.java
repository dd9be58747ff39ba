package dev.handbook.site;

import dev.handbook.content.ContentLinks;
import dev.handbook.content.UrlPolicy;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.SourcePos;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Proves the rendered site's links whole before it is published: every relative `href` and `src`
 * must lead to a page or asset of the site, and every `#anchor` to an id on that page.
 *
 * <p>The pages are our own output (templates and sanitised content), whose attributes are always
 * quoted and never contain their own quote, so a scan for quoted `href`, `src` and `id` attributes
 * inside tags sees what a parser would (text escapes `<`, so no tag starts in it), at a fraction of
 * the cost of parsing every page. Pages are scanned in parallel.
 */
public final class SiteLinks {

  private SiteLinks() {}

  /** What proving needs of one page: its ids, and each `href` and `src`. */
  public record PageLinks(Set<String> ids, List<Link> links) {}

  /** A link's target and where its attribute starts in the page. */
  public record Link(String target, int at) {}

  /** Reads one page's ids and links; cheap enough to run on every page as it is rendered. */
  public static PageLinks summarize(String html) {
    Set<String> ids = new HashSet<>();
    scan(html, "id", (value, at) -> ids.add(value));
    List<Link> links = new ArrayList<>();
    scan(html, "href", (target, at) -> links.add(new Link(target, at)));
    scan(html, "src", (target, at) -> links.add(new Link(target, at)));
    return new PageLinks(ids, links);
  }

  /** As {@link #summarize(String)}, for a page already encoded. */
  public static PageLinks summarize(byte[] html) {
    return summarize(new String(html, StandardCharsets.UTF_8));
  }

  /** The ids and links of every HTML page among the files, read on every core. */
  public static Map<String, PageLinks> summarize(Map<String, byte[]> files) {
    Map<String, PageLinks> pages = new ConcurrentHashMap<>();
    files.entrySet().parallelStream()
        .filter(e -> e.getKey().endsWith(".html"))
        .forEach(e -> pages.put(e.getKey(), summarize(e.getValue())));
    return pages;
  }

  /**
   * Proves the links of pages already summarised.
   *
   * @param files every file of the site, pages and assets
   * @param html a page's text, asked for only to say where a broken link is
   */
  public static void check(
      Map<String, PageLinks> pages,
      Set<String> files,
      String siteName,
      Findings findings,
      Predicate<String> scan,
      Function<String, String> html) {
    // The same link from the same folder always resolves the same way: remember each answer.
    Map<String, String> answers = new ConcurrentHashMap<>();
    pages.entrySet().parallelStream()
        .filter(e -> scan.test(e.getKey()))
        .forEach(
            e -> {
              String page = e.getKey();
              PageLinks links = e.getValue();
              String folder =
                  page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
              for (Link link : links.links()) {
                String target = link.target();
                String problem;
                if (target.startsWith("#")) {
                  problem =
                      target.length() == 1 || links.ids().contains(target.substring(1))
                          ? FINE
                          : "has no anchor " + target;
                } else {
                  problem =
                      answers.computeIfAbsent(
                          folder + "\u0000" + target,
                          k -> {
                            String p = problem(page, target, files, pages);
                            return p == null ? FINE : p;
                          });
                }
                if (!problem.isEmpty()) {
                  report(page, html.apply(page), target, link.at(), problem, siteName, findings);
                }
              }
            });
  }

  private static final String FINE = "";

  private static void report(
      String page,
      String html,
      String target,
      int at,
      String problem,
      String siteName,
      Findings findings) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < at && html != null; i++) {
      if (html.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    findings.add(
        Rule.BROKEN_LINK,
        new SourcePos(siteName + "/" + page, line, at - lineStart + 1),
        "the rendered page links to \""
            + target
            + "\", which "
            + problem
            + "; fix the template or the content that produced it");
  }

  /**
   * Calls back with each quoted value of the attribute (after whitespace) and where the attribute
   * starts.
   */
  private static void scan(String html, String attribute, BiConsumer<String, Integer> each) {
    String needle = attribute + "=";
    for (int i = html.indexOf(needle); i >= 0; i = html.indexOf(needle, i + needle.length())) {
      if (i == 0 || !Character.isWhitespace(html.charAt(i - 1))) {
        continue;
      }
      if (html.lastIndexOf('<', i) <= html.lastIndexOf('>', i)) {
        continue; // in text, not inside a tag
      }
      int q = i + needle.length();
      if (q >= html.length()) {
        break;
      }
      char quote = html.charAt(q);
      if (quote != '"' && quote != '\'') {
        continue;
      }
      int end = html.indexOf(quote, q + 1);
      if (end < 0) {
        break;
      }
      each.accept(unescape(html.substring(q + 1, end)), i);
    }
  }

  private static String unescape(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
  }

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private static String problem(
      String page, String target, Set<String> files, Map<String, PageLinks> pages) {
    // A scheme the handbook never links to (a template's javascript:, say) is refused as in
    // content.
    Optional<String> refused = UrlPolicy.refusal(target);
    if (refused.isPresent()) {
      return refused.get();
    }
    // External links are not ours to prove, and need not be valid URIs to a strict parser (a|b,
    // spaces).
    if (SCHEME.matcher(target.strip()).find()) {
      return null;
    }
    URI uri;
    try {
      uri = new URI(target.strip());
    } catch (URISyntaxException e) {
      return "is not a valid link";
    }
    if (uri.getScheme() != null || target.startsWith("//")) {
      return null; // external: not ours to prove
    }
    String path = uri.getPath() == null ? "" : uri.getPath();
    String resolved = path.isEmpty() ? page : resolve(page, path);
    if (resolved == null) {
      return "points outside the site";
    }
    if (!files.contains(resolved)) {
      return "does not exist in the site";
    }
    String fragment = uri.getFragment();
    if (fragment != null
        && !fragment.isEmpty()
        && resolved.endsWith(".html")
        && !pages.get(resolved).ids().contains(fragment)) {
      return "has no anchor #" + fragment;
    }
    return null;
  }

  private static String resolve(String page, String path) {
    if (path.startsWith("/")) {
      return null;
    }
    String folder = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
    return ContentLinks.normalize(folder + path).orElse(null);
  }
}

package dev.handbook.content;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one policy for every URL the handbook writes, wherever it was written (a Markdown link,
 * image, reference, autolink, raw HTML) or given (`--edit-url`): http, https and mailto, paths
 * relative to the page, and anchors. Anything else (javascript:, data:, file:, vbscript:, a host
 * with no scheme) could run code, embed content or reach outside the handbook in a reader's
 * browser, and is refused.
 */
public final class UrlPolicy {
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");

  private UrlPolicy() {}

  /**
   * Why the URL is refused, or empty when it may be written. The URL is read as a browser reads it:
   * tabs and line breaks anywhere, and control characters and spaces in front, are ignored.
   */
  public static Optional<String> refusal(String url) {
    String u = url.replaceAll("[\\t\\n\\r]", "");
    int start = 0;
    while (start < u.length() && u.charAt(start) <= ' ') {
      start++;
    }
    u = u.substring(start);
    var scheme = SCHEME.matcher(u);
    if (scheme.find()) {
      String s = scheme.group(1).toLowerCase(Locale.ROOT);
      if (s.equals("http") || s.equals("https") || s.equals("mailto")) {
        return Optional.empty();
      }
      return Optional.of(
          "uses the "
              + s
              + ": scheme, which can run code, embed content or leave the handbook in a reader's"
              + " browser; link to a page of the handbook or an https:// address instead");
    }
    if (u.startsWith("//") || u.startsWith("\\\\") || u.startsWith("/\\") || u.startsWith("\\/")) {
      return Optional.of(
          "names another host without a scheme; write the address in full, with https://");
    }
    return Optional.empty();
  }

  /** Whether the URL is a web address the handbook may link to as a whole site: http or https. */
  public static boolean isWeb(String url) {
    var scheme = SCHEME.matcher(url.strip());
    if (!scheme.find()) {
      return false;
    }
    String s = scheme.group(1).toLowerCase(Locale.ROOT);
    return (s.equals("http") || s.equals("https")) && refusal(url).isEmpty();
  }
}

package dev.handbook.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * What may survive of the HTML that content produces, raw HTML included: ordinary formatting,
 * tables, code, links (relative, http, https, mailto) and images from the site itself. No script,
 * style, iframe, form, event handler, inline style, or javascript:/data: URL.
 */
final class Sanitizer {
  private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:.*");

  private Sanitizer() {}

  /** The safelist; the H2s that open sections keep their mark so the HTML can be split after. */
  static Safelist safelist(String mark) {
    return Safelist.relaxed()
        .addAttributes("a", "class")
        .addAttributes("code", "class")
        .addAttributes("th", "align")
        .addAttributes("td", "align")
        .addAttributes("h2", ProseRenderer.sectionAttribute(mark))
        .preserveRelativeLinks(true);
  }

  /**
   * Flexmark's HTML for a body through the safelist: split into the sections the marked H2s open
   * (the headings dropped), each section cleaned on its own, or as one piece when not sectioned.
   * Cleaning each section apart keeps a tag left open in one (a raw `<div>`) from swallowing the
   * sections after it.
   */
  static List<String> clean(String rendered, String mark, boolean sectioned) {
    List<String> sections = new ArrayList<>();
    for (String section : ProseRenderer.split(rendered, mark, sectioned)) {
      sections.add(cleanOne(section, mark));
    }
    return sections;
  }

  private static String cleanOne(String fragment, String mark) {
    Document dirty = Jsoup.parseBodyFragment(fragment, "http://handbook.invalid/dir/");
    Document html = new Cleaner(safelist(mark)).clean(dirty);
    // Images only from the site itself: nothing fetched from elsewhere when a reader opens a page.
    html.select("img")
        .forEach(
            img -> {
              String src = img.attr("src").strip();
              if (src.isEmpty() || src.startsWith("//") || SCHEME.matcher(src).matches()) {
                img.remove();
              }
            });
    html.outputSettings().prettyPrint(false);
    return html.body().html().strip();
  }
}

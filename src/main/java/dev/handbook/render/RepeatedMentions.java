package dev.handbook.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Authors end a list item with the `@id` of the party it is about, often after writing the party's
 * name: `- Product Marketing, for launches @pmm`. Read on a page, that says the name twice
 * ("Product Marketing, for launches Product Marketing"). When a mention ends its paragraph or list
 * item and its name is already written earlier in the same block, the earlier words become the link
 * and the mention itself is dropped: "<u>Product Marketing</u>, for launches". A mention in the
 * middle of a sentence, or whose name is not written before it, stays as it is.
 */
final class RepeatedMentions {
  /** A mention link at the end of its block: only spaces and one closing mark may follow. */
  private static final Pattern TRAILING =
      Pattern.compile(
          "[ \\t\\n]*(<a class=\"mention\" href=\"[^\"]*\">)([^<]+)</a>([ \\t\\n]*[.;,:]?[ \\t\\n]*)"
              + "(?=</li>|</p>)");

  private RepeatedMentions() {}

  /**
   * Folds trailing repeated mentions; again while one is folded, since an item may end with several
   * (`- Marketing Ops and Marketing Analytics, for actions @mops @analytics`).
   */
  static String fold(String html) {
    String folded = html;
    for (int round = 0; round < 8 && folded.contains("class=\"mention\""); round++) {
      String next = foldParenthetical(foldOnce(folded));
      if (next.equals(folded)) {
        break;
      }
      folded = next;
    }
    return folded;
  }

  private static String foldOnce(String html) {
    Matcher m = TRAILING.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    int copied = 0;
    while (m.find()) {
      int blockStart = blockStart(html, m.start());
      int at = firstInText(html, blockStart, m.start(), m.group(2));
      if (blockStart < copied || at < 0) {
        continue;
      }
      out.append(html, copied, at)
          .append(m.group(1))
          .append(m.group(2))
          .append("</a>")
          .append(html, at + m.group(2).length(), m.start())
          .append(m.group(3).strip());
      copied = m.end();
    }
    return copied == 0 ? html : out.append(html, copied, html.length()).toString();
  }

  /** A mention in brackets right after its own name. */
  private static final Pattern BRACKETED =
      Pattern.compile(" \\((<a class=\"mention\" href=\"[^\"]*\">)([^<]+)</a>(\\)|, )");

  /**
   * `Revenue Operations (@revops)` reads "Revenue Operations (Revenue Operations)": the name
   * becomes the link and the brackets go; `Marketing Ops (@mops, on call)` keeps "(on call)".
   */
  private static String foldParenthetical(String html) {
    Matcher m = BRACKETED.matcher(html);
    StringBuilder out = new StringBuilder(html.length());
    int copied = 0;
    while (m.find()) {
      String name = m.group(2);
      int nameStart = m.start() - name.length();
      if (nameStart < copied
          || !html.startsWith(name, nameStart)
          || wordChar(html, nameStart - 1)
          || html.lastIndexOf('>', m.start()) > html.lastIndexOf('<', m.start())
              && html.lastIndexOf('>', m.start()) >= nameStart) {
        continue;
      }
      out.append(html, copied, nameStart).append(m.group(1)).append(name).append("</a>");
      out.append(m.group(3).equals(")") ? "" : " (");
      copied = m.end();
    }
    return copied == 0 ? html : out.append(html, copied, html.length()).toString();
  }

  /** Where the paragraph or list item that holds `end` begins (after its opening tag). */
  private static int blockStart(String html, int end) {
    int start = 0;
    for (String open : new String[] {"<li>", "<li ", "<p>", "<p "}) {
      int i = html.lastIndexOf(open, end);
      if (i >= 0) {
        start = Math.max(start, html.indexOf('>', i) + 1);
      }
    }
    return start;
  }

  /**
   * The first place in [from, to) where `name` is written as whole words in text, outside any tag
   * and any link; -1 when it is not.
   */
  private static int firstInText(String html, int from, int to, String name) {
    boolean inTag = false;
    int links = 0;
    for (int i = from; i < to; i++) {
      char c = html.charAt(i);
      if (inTag) {
        if (c == '>') {
          inTag = false;
        }
        continue;
      }
      if (c == '<') {
        inTag = true;
        if (html.startsWith("<a ", i) || html.startsWith("<a>", i)) {
          links++;
        } else if (html.startsWith("</a>", i)) {
          links = Math.max(0, links - 1);
        }
        continue;
      }
      if (links == 0
          && html.startsWith(name, i)
          && i + name.length() <= to
          && (html.indexOf('<', i) < 0 || html.indexOf('<', i) >= i + name.length())
          && !wordChar(html, i - 1)
          && !wordChar(html, i + name.length())) {
        return i;
      }
    }
    return -1;
  }

  private static boolean wordChar(String s, int i) {
    return i >= 0
        && i < s.length()
        && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '-');
  }
}

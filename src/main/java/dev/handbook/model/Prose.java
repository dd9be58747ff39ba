package dev.handbook.model;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown body rendered once, while its file is read, so the parsed document need not be kept
 * until pages are rendered. What only the whole handbook can tell (a party's name, a workflow's
 * title, where a relative link leads) is left as a hole: the mark, the hole's number, then `;`. The
 * mark is random, and the reader gives a body a fresh one whenever its own text would contain the
 * mark, so no content can forge a hole.
 *
 * @param sections the HTML of each H2 section of a workflow without its heading, in order; for a
 *     free page, one element: the whole page
 * @param text the body's words as a reader sees them, for the search index, with holes too
 * @param holes what each hole stands for, by number
 * @param mark the mark that opens each hole in this body
 */
public record Prose(List<String> sections, String text, List<Hole> holes, String mark) {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** The mark most bodies use: random per process. */
  public static final String MARK = newMark();

  public Prose {
    sections = List.copyOf(sections);
    holes = List.copyOf(holes);
  }

  /** A fresh random mark: letters and digits only, so HTML escaping never changes it. */
  public static String newMark() {
    return "hb" + Long.toHexString(RANDOM.nextLong() | Long.MIN_VALUE) + "x";
  }

  /** What fills a hole. */
  public sealed interface Hole {}

  /** An `@id` mention; raw is what was written. */
  public record MentionHole(String id, String raw) implements Hole {}

  /** A `[[target#section]]` link; raw is what was written. */
  public record WorkflowHole(String target, String section, String raw) implements Hole {}

  /** A relative Markdown link or image destination, to resolve against the content folder. */
  public record LinkHole(String url) implements Hole {}

  /** The token that stands for hole number `index` under `mark`. */
  public static String token(String mark, int index) {
    return mark + index + ";";
  }

  /** Replaces every hole in s (a section or the text of this body) with what fill gives. */
  public String fill(String s, IntFunction<String> fill) {
    int at = s.indexOf(mark);
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 256);
    int from = 0;
    while (at >= 0) {
      int digits = at + mark.length();
      int end = digits;
      while (end < s.length() && end - digits < 9 && Character.isDigit(s.charAt(end))) {
        end++;
      }
      if (end == digits
          || end >= s.length()
          || s.charAt(end) != ';'
          || Integer.parseInt(s, digits, end, 10) >= holes.size()) {
        at = s.indexOf(mark, at + 1); // not a token: left as it is
        continue;
      }
      out.append(s, from, at).append(fill.apply(Integer.parseInt(s, digits, end, 10)));
      from = end + 1;
      at = s.indexOf(mark, from);
    }
    return out.append(s, from, s.length()).toString();
  }

  /** Escapes text for HTML as Flexmark does: `&`, `<`, `>` and `"`. */
  public static String escapeHtml(CharSequence s) {
    StringBuilder out = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            default -> null;
          };
      if (rep != null && out == null) {
        out = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (out != null) {
        if (rep != null) {
          out.append(rep);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? s.toString() : out.toString();
  }

  /** What an entity reference looks like to Flexmark, which leaves one alone in an attribute. */
  private static final Pattern ENTITY =
      Pattern.compile(
          "&(?:#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});", Pattern.CASE_INSENSITIVE);

  /**
   * Escapes an attribute value as Flexmark does: as {@link #escapeHtml}, except that an `&` that
   * starts an entity reference is kept.
   */
  public static String escapeAttribute(String s) {
    if (s.indexOf('&') < 0) {
      return escapeHtml(s);
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    Matcher entity = ENTITY.matcher(s);
    int from = 0;
    while (entity.find()) {
      out.append(escapeHtml(s.substring(from, entity.start()))).append(entity.group());
      from = entity.end();
    }
    return out.append(escapeHtml(s.substring(from))).toString();
  }

  /**
   * Runs of whitespace become one space, and none lead or trail: what {@code replaceAll("\\s+", "
   * ").strip()} gives.
   */
  public static String squeeze(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        space = false;
        out.append(c);
      }
    }
    return out.toString().strip();
  }
}

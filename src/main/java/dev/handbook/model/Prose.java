package dev.handbook.model;

import java.security.SecureRandom;
import java.util.List;
import java.util.function.IntFunction;

/**
 * A workflow body rendered once, while its file is read, so the parsed document need not be kept
 * until the site is rendered. What only the whole handbook can tell (a party's name, a workflow's
 * title, where a relative link leads) is left as a hole: {@link #MARK}, the hole's number, then
 * `;`. The mark is random per run, so no content can forge a hole.
 *
 * @param sections the HTML of each H2 section without its heading, in order; null when the body
 *     holds raw HTML or images, which go through the safelist from the kept document instead
 * @param text the body's words as a reader sees them, for the search index, with holes too
 * @param holes what each hole stands for, by number
 */
public record Prose(List<String> sections, String text, List<Hole> holes) {
  public static final String MARK =
      "hb" + Long.toHexString(new SecureRandom().nextLong() | Long.MIN_VALUE) + "x";

  public Prose {
    sections = sections == null ? null : List.copyOf(sections);
    holes = List.copyOf(holes);
  }

  /** What fills a hole. */
  public sealed interface Hole {}

  /** An `@id` mention; raw is what was written. */
  public record MentionHole(String id, String raw) implements Hole {}

  /** A `[[target#section]]` link; raw is what was written. */
  public record WorkflowHole(String target, String section, String raw) implements Hole {}

  /** A relative Markdown link or image destination, to resolve against the content folder. */
  public record LinkHole(String url) implements Hole {}

  /** Adds a hole to the list and gives the token that stands for it. */
  public static String add(List<Hole> holes, Hole hole) {
    holes.add(hole);
    return MARK + (holes.size() - 1) + ";";
  }

  /** Replaces every hole in s with what fill gives for its number. */
  public static String fill(String s, IntFunction<String> fill) {
    int at = s.indexOf(MARK);
    if (at < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length() + 256);
    int from = 0;
    while (at >= 0) {
      int end = s.indexOf(';', at);
      out.append(s, from, at).append(fill.apply(Integer.parseInt(s, at + MARK.length(), end, 10)));
      from = end + 1;
      at = s.indexOf(MARK, from);
    }
    return out.append(s, from, s.length()).toString();
  }

  /**
   * Runs of whitespace become one space, and none lead or trail: what `replaceAll("\\s+", "
   * ").strip()` gives.
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

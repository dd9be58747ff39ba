package dev.handbook.model;

/** A URL written in a body, by what carries it, as written (escapes and entities resolved). */
public record MarkdownLink(String destination, Kind kind, SourcePos pos) {
  /** What carries the URL. */
  public enum Kind {
    /** An inline link, `[text](url)`. */
    LINK,
    /** An image, `![alt](url)`. */
    IMAGE,
    /** A reference definition, `[name]: url`, which reference links use. */
    REFERENCE,
    /** An autolink, `<https://…>`. */
    AUTOLINK,
    /** An attribute of raw HTML, such as `href` or `src`. */
    HTML;

    /** How a message names it: "link", "image", … */
    public String noun() {
      return switch (this) {
        case LINK -> "link";
        case IMAGE -> "image";
        case REFERENCE -> "reference";
        case AUTOLINK -> "autolink";
        case HTML -> "HTML link";
      };
    }
  }

  public boolean image() {
    return kind == Kind.IMAGE;
  }
}

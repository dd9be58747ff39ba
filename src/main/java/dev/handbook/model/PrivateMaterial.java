package dev.handbook.model;

import java.util.ArrayList;
import java.util.List;

/**
 * What the author keeps in `content/private/`, out of git and out of the shared handbook: the
 * preferred placement (`author.yaml`), pages for the author alone, and the terms that must never
 * appear in anything the shared build writes (`never-publish.txt`, and a file named on the command
 * line or by HANDBOOK_NEVER_PUBLISH).
 *
 * @param preferred the placement the author prefers, or null
 */
public record PrivateMaterial(Located<String> preferred, List<Page> pages, List<Term> terms) {
  /** Nothing private: what the shared handbook is rendered from. */
  public static final PrivateMaterial NONE = new PrivateMaterial(null, List.of(), List.of());

  public PrivateMaterial {
    pages = List.copyOf(pages);
    terms = List.copyOf(terms);
  }

  /** A term or phrase that must never be published, and the line it was written on. */
  public record Term(String text, SourcePos pos) {}

  /** The same material with more terms (from outside the content folder). */
  public PrivateMaterial withTerms(List<Term> more) {
    if (more.isEmpty()) {
      return this;
    }
    List<Term> all = new ArrayList<>(terms);
    all.addAll(more);
    return new PrivateMaterial(preferred, pages, all);
  }
}

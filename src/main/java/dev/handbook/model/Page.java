package dev.handbook.model;

import java.util.List;

/**
 * A free page: from `content/pages/` (operating-model notes, a glossary), or, when authorOnly, from
 * `content/private/`, which only the author's handbook shows.
 */
public record Page(
    String file,
    String id,
    String title,
    List<Suppression> suppressions,
    Body body,
    boolean authorOnly) {
  public Page {
    suppressions = List.copyOf(suppressions);
  }
}

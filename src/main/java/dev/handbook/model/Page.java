package dev.handbook.model;

import java.util.List;

/** A free page from `content/pages/`, such as the operating-model notes or a glossary. */
public record Page(
    String file, String id, String title, List<Suppression> suppressions, Body body) {
  public Page {
    suppressions = List.copyOf(suppressions);
  }
}

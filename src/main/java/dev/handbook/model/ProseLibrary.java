package dev.handbook.model;

import java.util.Map;
import java.util.Optional;

/**
 * The prose of every workflow and free page, by the file it was read from. Kept apart from the
 * {@link Handbook} so that a page kind can show prose only when it is handed this library: the
 * pages that do are the only ones a change of prose alone renders again.
 */
public record ProseLibrary(Map<String, Prose> byFile) {
  public ProseLibrary {
    byFile = Map.copyOf(byFile);
  }

  public Optional<Prose> of(Workflow w) {
    return Optional.ofNullable(byFile.get(w.file()));
  }

  public Optional<Prose> of(Page p) {
    return Optional.ofNullable(byFile.get(p.file()));
  }
}

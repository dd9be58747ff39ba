package dev.handbook.render;

import java.util.Locale;

/**
 * Who a handbook is for. The shared handbook is the link the CEO and CMO get: the placements side
 * by side with no preference, no findings, no rule pages, nothing private. The author's handbook is
 * everything of the shared one, plus the findings and rule pages, the preference and the private
 * pages, marked on every page as the author's copy.
 */
public enum Audience {
  SHARED,
  AUTHOR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

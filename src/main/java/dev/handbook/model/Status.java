package dev.handbook.model;

import java.util.Locale;

/** Where a workflow stands: running, queued for a decision, or ideal-state coverage only. */
public enum Status {
  ACTIVE,
  BACKLOG,
  IDEAL;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

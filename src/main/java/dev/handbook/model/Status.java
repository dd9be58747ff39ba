package dev.handbook.model;

/** Where a workflow stands: running, queued for a decision, or ideal-state coverage only. */
public enum Status {
  ACTIVE,
  BACKLOG,
  IDEAL;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}

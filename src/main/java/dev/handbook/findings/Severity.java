package dev.handbook.findings;

import java.util.Locale;

/** How much a finding matters: errors fail the build, warnings fail it only under --strict. */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }
}

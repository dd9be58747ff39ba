package dev.handbook.cli;

/** The documented exit statuses; scripts and CI rely on them. */
public final class ExitCode {
  private ExitCode() {}

  /** No errors (warnings allowed unless --strict). */
  public static final int OK = 0;

  /** Errors found, or warnings under --strict. */
  public static final int FINDINGS = 1;

  /** The tool could not run: bad arguments, unreadable folder, I/O failure. */
  public static final int CANNOT_RUN = 2;
}

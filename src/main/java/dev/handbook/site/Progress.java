package dev.handbook.site;

import java.io.Console;

/**
 * Progress of a long build, for a person at a terminal: one line on standard error, rewritten in
 * place. Silent when output is piped or redirected (CI logs, scripts) and for small handbooks.
 */
public final class Progress {
  private static final int WORTH_SHOWING = 500;
  private static final Console CONSOLE = System.console();
  private static volatile boolean shown;

  private Progress() {}

  /**
   * Shows a step of a build of `size` workflows, when a terminal is watching and the build is
   * large.
   */
  public static void step(String what, int size) {
    if (CONSOLE == null || size < WORTH_SHOWING) {
      return;
    }
    shown = true;
    System.err.print("\r\u001b[K" + what + " (" + size + " workflows)…");
    System.err.flush();
  }

  /**
   * Shows how far a step is, every so often: "reading 4000/10000 workflows…". Safe from any thread.
   */
  public static void count(String what, int done, int size) {
    if (CONSOLE == null || size < WORTH_SHOWING || done % 250 != 0) {
      return;
    }
    synchronized (Progress.class) {
      shown = true;
      System.err.print("\r\u001b[K" + what + " " + done + "/" + size + " workflows…");
      System.err.flush();
    }
  }

  /** Clears the progress line before results are printed. */
  public static void done() {
    if (!shown) {
      return;
    }
    System.err.print("\r\u001b[K");
    System.err.flush();
    shown = false;
  }
}

package dev.handbook.site;

import java.lang.management.ManagementFactory;

/**
 * Phase timings for performance work: with HANDBOOK_TIMINGS=1 in the environment, each phase's wall
 * time since the previous mark (and since JVM start) goes to standard error.
 */
public final class Timings {
  private static final boolean ON = System.getenv("HANDBOOK_TIMINGS") != null;
  // The first phase is measured from JVM start, so start-up and class loading are not hidden.
  private static long last =
      System.nanoTime() - ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000;

  private Timings() {}

  public static synchronized void mark(String phase) {
    if (!ON) {
      return;
    }
    long now = System.nanoTime();
    long sinceStart = ManagementFactory.getRuntimeMXBean().getUptime();
    System.err.printf(
        "timing: %-12s %6d ms  (at %d ms since JVM start)%n",
        phase, (now - last) / 1_000_000, sinceStart);
    last = now;
  }
}

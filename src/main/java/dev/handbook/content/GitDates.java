package dev.handbook.content;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * When each content file last changed, from git: the date of the newest commit that touched it. One
 * `git log` pass over the content folder's history; outside a repository, or without git, there are
 * no dates (never the build's own clock, so builds stay reproducible).
 */
public final class GitDates {
  private GitDates() {}

  /** Absolute, normalized file path to its last commit date (YYYY-MM-DD). */
  public static Map<Path, String> of(Path contentDir) {
    Path dir = contentDir.toAbsolutePath().normalize();
    try {
      String top = GitHistory.text(dir, "git", "rev-parse", "--show-toplevel").strip();
      if (top.isEmpty()) {
        return Map.of();
      }
      Path root = Path.of(top);
      Process p =
          new ProcessBuilder(
                  "git",
                  "-c",
                  "core.quotepath=off",
                  "log",
                  "--format=%x00%cs",
                  "--name-only",
                  "--no-renames",
                  "--",
                  dir.toString())
              .directory(dir.toFile())
              .redirectErrorStream(false)
              .start();
      p.getOutputStream().close();
      Map<Path, String> dates = new HashMap<>();
      try (BufferedReader in =
          new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        String date = null;
        for (String line; (line = in.readLine()) != null; ) {
          if (line.startsWith("\0")) {
            date = line.substring(1);
          } else if (!line.isBlank() && date != null) {
            dates.putIfAbsent(root.resolve(line).normalize(), date);
          }
        }
      }
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return Map.of();
      }
      return dates;
    } catch (IOException e) {
      return Map.of();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Map.of();
    }
  }
}

package dev.handbook.render;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where rendered files go, keyed by their path under the site root: into memory (for `serve` and
 * tests) or straight into the folder that will become the site (for `build`). Page renderers call
 * it from several threads at once.
 */
public interface SiteSink {
  /** Adds a file. */
  void put(String path, byte[] bytes);

  /** Adds an HTML page; a sink that proves links reads it here, before it becomes bytes. */
  default void page(String path, String html) {
    put(path, html.getBytes(StandardCharsets.UTF_8));
  }

  /** A sink into a map that is safe to fill from several threads. */
  static SiteSink into(Map<String, byte[]> concurrentMap) {
    return concurrentMap::put;
  }
}

package dev.handbook.site;

import dev.handbook.render.SiteSink;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A site being rendered into memory for `serve`: starts as a copy of the last good site (or empty,
 * when everything is rendered again), and notes each page's links as it arrives, as a {@link
 * SiteWriter.Draft} does on disk.
 */
final class MemorySite implements SiteSink {
  private final Map<String, byte[]> files;
  private final Map<String, SiteLinks.PageLinks> pages;
  private final Set<String> rendered = ConcurrentHashMap.newKeySet();
  private volatile boolean idsChanged;

  MemorySite(Map<String, byte[]> files, Map<String, SiteLinks.PageLinks> pages) {
    this.files = new ConcurrentHashMap<>(files);
    this.pages = new ConcurrentHashMap<>(pages);
  }

  static MemorySite empty() {
    return new MemorySite(Map.of(), Map.of());
  }

  @Override
  public void put(String path, byte[] bytes) {
    if (path.endsWith(".html")) {
      note(path, SiteLinks.summarize(bytes));
    }
    files.put(path, bytes);
    rendered.add(path);
  }

  @Override
  public void page(String path, String html) {
    note(path, SiteLinks.summarize(html));
    files.put(path, html.getBytes(StandardCharsets.UTF_8));
    rendered.add(path);
  }

  private void note(String path, SiteLinks.PageLinks links) {
    SiteLinks.PageLinks before = pages.put(path, links);
    if (before != null && !Objects.equals(before.ids(), links.ids())) {
      idsChanged = true;
    }
  }

  Map<String, byte[]> files() {
    return files;
  }

  Map<String, SiteLinks.PageLinks> pages() {
    return pages;
  }

  Set<String> rendered() {
    return rendered;
  }

  /**
   * The pages whose links must be proven: those rendered, or every page when a rendered page lost
   * or gained an anchor (another page may link to it).
   */
  boolean mustProve(String page) {
    return idsChanged || rendered.contains(page);
  }

  String html(String page) {
    byte[] bytes = files.get(page);
    return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
  }
}

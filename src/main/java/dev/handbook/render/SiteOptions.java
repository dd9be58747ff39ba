package dev.handbook.render;

import java.util.Map;

/**
 * What a site shows beyond the content: the "edit this page" base URL (empty for none) and each
 * content file's last-changed date from git, keyed by the file as findings name it.
 */
public record SiteOptions(String editUrl, Map<String, String> lastChanged) {
  public SiteOptions {
    editUrl = editUrl == null ? "" : editUrl.strip();
    if (!editUrl.isEmpty() && !editUrl.endsWith("/")) {
      editUrl = editUrl + "/";
    }
    lastChanged = Map.copyOf(lastChanged);
  }

  public static SiteOptions none() {
    return new SiteOptions("", Map.of());
  }
}

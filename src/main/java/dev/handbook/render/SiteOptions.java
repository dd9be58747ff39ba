package dev.handbook.render;

import dev.handbook.content.GitHistory;
import dev.handbook.model.Handbook;
import java.util.Map;

/**
 * What a site shows beyond the content: the "edit this page" base URL (empty for none), each
 * content file's last-changed date from git (keyed by the file as findings name it), the commit the
 * handbook is built from, and the version last shared, to say what changed since.
 *
 * @param version the commit built from, or null outside git
 * @param previous the version last shared, read back from git, or null when there is none
 */
public record SiteOptions(
    String editUrl,
    Map<String, String> lastChanged,
    GitHistory.Version version,
    Previous previous) {

  /** The version last shared: how it is named, its commit and date, and its content, as read. */
  public record Previous(GitHistory.Ref ref, Handbook handbook) {}

  public SiteOptions {
    editUrl = editUrl == null ? "" : editUrl.strip();
    if (!editUrl.isEmpty() && !editUrl.endsWith("/")) {
      editUrl = editUrl + "/";
    }
    lastChanged = Map.copyOf(lastChanged);
  }

  public static SiteOptions none() {
    return new SiteOptions("", Map.of(), null, null);
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * One workflow definition as read from its file. Fields that were missing or invalid are null (or
 * empty lists); the reader has already reported them, and later checks skip what is absent.
 */
public record Workflow(
    String file,
    String folder,
    Located<String> id,
    String title,
    Located<String> category,
    Located<String> area,
    Located<String> owner,
    Status status,
    boolean keystone,
    List<Located<String>> placements,
    boolean placementsGiven,
    List<Located<String>> partners,
    Criteria criteria,
    Priority priority,
    List<Suppression> suppressions,
    Body body,
    SourcePos frontMatterPos) {

  public Workflow {
    placements = List.copyOf(placements);
    partners = List.copyOf(partners);
    suppressions = List.copyOf(suppressions);
  }

  /** The file name without `.md`: the id a reader expects when the front matter has none. */
  public String fileId() {
    String name = file.substring(file.lastIndexOf('/') + 1);
    return name.endsWith(".md") ? name.substring(0, name.length() - 3) : name;
  }

  public String idOrFileId() {
    return id != null ? id.value() : fileId();
  }
}

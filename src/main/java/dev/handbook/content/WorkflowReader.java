package dev.handbook.content;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Criteria;
import dev.handbook.model.Located;
import dev.handbook.model.Priority;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Status;
import dev.handbook.model.Suppression;
import dev.handbook.model.Workflow;
import java.util.List;
import java.util.Optional;

/**
 * Binds one workflow file (front matter and body) to a {@link Workflow}, reporting every field
 * problem.
 */
final class WorkflowReader {
  static final List<String> FIELDS =
      List.of(
          "id",
          "title",
          "category",
          "area",
          "owner",
          "status",
          "keystone",
          "placements",
          "partners",
          "criteria",
          "priority",
          "suppress");
  static final List<String> CRITERIA =
      List.of("end-to-end", "cross-functional", "repeatable", "ai-relevant");
  static final List<String> PRIORITY =
      List.of(
          "who-needs-this", "decision-unblocked", "what-breaks", "why-now", "impact", "decided-by");

  private final YamlReader yaml;
  private final MarkdownReader markdown;

  WorkflowReader(YamlReader yaml, MarkdownReader markdown) {
    this.yaml = yaml;
    this.markdown = markdown;
  }

  /** Empty when the file has no readable front matter; the reason is already a finding. */
  Optional<Read<Workflow>> read(String text, String file, String folder, Findings findings) {
    SourcePos start = SourcePos.start(file);
    if (!FrontMatter.startsWithFence(text)) {
      findings.add(
          Rule.YAML_SYNTAX,
          start,
          "front matter is missing: a workflow starts with a `---` line, its fields (id, title, category, area, owner, status, criteria, priority), and a closing `---`");
      return Optional.empty();
    }
    Optional<FrontMatter> split = FrontMatter.split(text);
    if (split.isEmpty()) {
      findings.add(
          Rule.YAML_SYNTAX,
          start,
          "front matter is never closed: add a `---` line after the last field");
      return Optional.empty();
    }
    FrontMatter fm = split.get();
    Optional<YNode> root = yaml.read(fm.yaml(), file, fm.yamlLineOffset(), findings);
    if (root.isEmpty()) {
      if (fm.yaml().isBlank()) {
        findings.add(
            Rule.YAML_SYNTAX,
            start,
            "front matter is empty: a workflow needs its fields between the `---` lines");
      }
      return Optional.empty();
    }
    Optional<MapReader> fields =
        MapReader.of(root.get(), "the workflow's front matter", start, FIELDS, findings);
    if (fields.isEmpty()) {
      return Optional.empty();
    }
    MapReader f = fields.get();

    Located<String> id = f.slug("id", true, "it must equal the file name");
    Located<String> title = f.text("title", true, "");
    Located<String> category = f.slug("category", true, "it must equal the folder name");
    Located<String> area = f.slug("area", true, "name the scope area this workflow lives in");
    Located<String> owner =
        f.slug("owner", true, "who does the work? name one team member, the role or a function");
    Status status = status(f, findings);
    boolean keystone = f.bool("keystone");
    if (title != null && title.value().isBlank()) {
      findings.add(
          Rule.MISSING_FIELD,
          title.pos(),
          "\"title\" is empty; give the workflow the name readers will see");
    }
    List<Located<String>> placements = orEmpty(f.slugList("placements", false, ""));
    if (f.has("placements")
        && placements.isEmpty()
        && f.get("placements").get() instanceof YNode.YList) {
      findings.add(
          Rule.INVALID_VALUE,
          f.keyPos("placements"),
          "\"placements\" is empty, so the workflow would belong to no placement and escape every scope check; list them or leave the key out to mean all");
    }
    List<Located<String>> partners = orEmpty(f.slugList("partners", false, ""));
    Criteria criteria = criteria(f, findings);
    Priority priority = priority(f, status, findings);
    List<Suppression> suppressions = f.suppressions();

    String fileId = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.md$", "");
    if (id != null && !id.value().equals(fileId)) {
      findings.add(
          Rule.INVALID_VALUE,
          id.pos(),
          "id \""
              + id.value()
              + "\" differs from the file name \""
              + fileId
              + ".md\"; rename the file or change the id so they match");
    }
    if (category != null && !category.value().equals(folder)) {
      findings.add(
          Rule.INVALID_VALUE,
          category.pos(),
          "category \""
              + category.value()
              + "\" differs from the folder \""
              + folder
              + "\"; move the file to workflows/"
              + category.value()
              + "/ or change the category");
    }

    MarkdownReader.Parsed body = markdown.read(fm.body(), file, fm.bodyLineOffset(), true);
    body.problem().ifPresent(p -> findings.add(Rule.MARKDOWN_SYNTAX, p.pos(), p.message()));
    Workflow workflow =
        new Workflow(
            file,
            folder,
            id,
            title == null ? fileId : title.value(),
            category,
            area,
            owner,
            status,
            keystone,
            placements,
            f.has("placements"),
            partners,
            criteria,
            priority,
            suppressions,
            body.body(),
            start);
    return Optional.of(new Read<>(workflow, body.prose()));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static Status status(MapReader f, Findings findings) {
    Located<String> s = f.text("status", true, "one of active, backlog or ideal");
    if (s == null) {
      return null;
    }
    for (Status st : Status.values()) {
      if (st.id().equals(s.value())) {
        return st;
      }
    }
    findings.add(
        Rule.INVALID_VALUE,
        s.pos(),
        "\"status\" must be active, backlog or ideal, not \""
            + s.value()
            + "\""
            + Suggestions.didYouMean(s.value(), List.of("active", "backlog", "ideal")));
    return null;
  }

  private static Criteria criteria(MapReader f, Findings findings) {
    if (!f.has("criteria")) {
      f.missing(
          "criteria",
          "a workflow must show it is end-to-end, cross-functional, repeatable and AI-relevant");
      return null;
    }
    Optional<MapReader> c =
        MapReader.of(
            f.get("criteria").get(), "the criteria", f.keyPos("criteria"), CRITERIA, findings);
    if (c.isEmpty()) {
      return null;
    }
    MapReader m = c.get();
    List<Located<String>> cross = m.slugList("cross-functional", false, "");
    return new Criteria(
        m.text("end-to-end", false, ""),
        cross,
        m.has("cross-functional") ? m.keyPos("cross-functional") : null,
        m.text("repeatable", false, ""),
        m.text("ai-relevant", false, ""),
        f.keyPos("criteria"),
        m.keys());
  }

  private static Priority priority(MapReader f, Status status, Findings findings) {
    if (!f.has("priority")) {
      if (status != Status.IDEAL && status != null) {
        f.missing(
            "priority",
            "a "
                + status.id()
                + " workflow must answer the five prioritization questions and say who decides");
      }
      return null;
    }
    Optional<MapReader> p =
        MapReader.of(
            f.get("priority").get(), "the priority", f.keyPos("priority"), PRIORITY, findings);
    if (p.isEmpty()) {
      return null;
    }
    MapReader m = p.get();
    return new Priority(
        m.text("who-needs-this", false, ""),
        m.text("decision-unblocked", false, ""),
        m.text("what-breaks", false, ""),
        m.text("why-now", false, ""),
        m.text("impact", false, ""),
        m.slugOrBlank("decided-by"),
        m.keys(),
        f.keyPos("priority"));
  }
}

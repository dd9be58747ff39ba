package dev.handbook.content;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Located;
import dev.handbook.model.Page;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Suppression;
import java.util.List;
import java.util.Optional;

/** Reads a free page: optional front matter with a title, then Markdown. */
final class PageReader {
  private static final List<String> FIELDS = List.of("title", "suppress");
  private final YamlReader yaml;
  private final MarkdownReader markdown;

  PageReader(YamlReader yaml, MarkdownReader markdown) {
    this.yaml = yaml;
    this.markdown = markdown;
  }

  Read<Page> read(String text, String file, String id, boolean authorOnly, Findings findings) {
    String title = null;
    List<Suppression> suppressions = List.of();
    String bodyText = text;
    int bodyOffset = 0;
    if (FrontMatter.startsWithFence(text)) {
      Optional<FrontMatter> fm = FrontMatter.split(text);
      if (fm.isEmpty()) {
        findings.add(
            Rule.YAML_SYNTAX,
            SourcePos.start(file),
            "front matter is never closed: add a `---` line after the last field");
      } else {
        bodyText = fm.get().body();
        bodyOffset = fm.get().bodyLineOffset();
        Optional<MapReader> fields =
            yaml.read(fm.get().yaml(), file, fm.get().yamlLineOffset(), findings)
                .flatMap(
                    root ->
                        MapReader.of(
                            root,
                            "the page's front matter",
                            SourcePos.start(file),
                            FIELDS,
                            findings));
        if (fields.isPresent()) {
          Located<String> t = fields.get().text("title", false, "");
          if (t != null && !t.value().isEmpty()) {
            title = t.value();
          }
          suppressions = fields.get().suppressions();
        }
      }
    }
    MarkdownReader.Parsed body = markdown.read(bodyText, file, bodyOffset, false);
    body.problem().ifPresent(p -> findings.add(Rule.MARKDOWN_SYNTAX, p.pos(), p.message()));
    if (title == null) {
      title = body.title().orElse(id);
    }
    return new Read<>(
        new Page(file, id, title, suppressions, body.body(), authorOnly), body.prose());
  }
}

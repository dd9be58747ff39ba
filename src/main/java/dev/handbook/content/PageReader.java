package dev.handbook.content;

import com.vladsch.flexmark.ast.Heading;
import dev.handbook.check.Findings;
import dev.handbook.check.Rule;
import dev.handbook.model.Body;
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

  Page read(String text, String file, String id, Findings findings) {
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
    Body body = markdown.read(bodyText, file, "pages/" + id + ".md", bodyOffset, false);
    if (title == null) {
      title = firstHeading(body).orElse(id);
    }
    return new Page(file, id, title, suppressions, body);
  }

  private static Optional<String> firstHeading(Body body) {
    for (var node = body.document().getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() == 1) {
        return Optional.of(MarkdownReader.headingText(h));
      }
    }
    return Optional.empty();
  }
}

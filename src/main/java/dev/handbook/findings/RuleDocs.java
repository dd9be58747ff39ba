package dev.handbook.findings;

import dev.handbook.model.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;

/**
 * The one source of rule documentation: `dev/handbook/rules/<id>.md` in the jar, a title in front
 * matter and Markdown after it. The rule pages of the site and SARIF's help text both read it.
 */
public final class RuleDocs {
  /** One rule's page: its title and its Markdown body. */
  public record Doc(Rule rule, String title, String markdown) {
    /** Where the rule's page sits in the site. */
    public String page() {
      return SitePaths.rule(rule.id());
    }
  }

  private static final Map<Rule, Doc> DOCS = load();

  private RuleDocs() {}

  public static Doc of(Rule rule) {
    return DOCS.get(rule);
  }

  private static Map<Rule, Doc> load() {
    Map<Rule, Doc> docs = new EnumMap<>(Rule.class);
    for (Rule rule : Rule.values()) {
      String path = "/dev/handbook/rules/" + rule.id() + ".md";
      try (InputStream in = RuleDocs.class.getResourceAsStream(path)) {
        if (in == null) {
          throw new IllegalStateException("rule documentation missing from the jar: " + path);
        }
        docs.put(rule, parse(rule, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return docs;
  }

  static Doc parse(Rule rule, String text) {
    String title = rule.id();
    String body = text.replace("\r\n", "\n");
    if (body.startsWith("---\n")) {
      int end = body.indexOf("\n---\n", 4);
      if (end > 0) {
        for (String line : body.substring(4, end).split("\n")) {
          if (line.startsWith("title:")) {
            title = line.substring(6).strip().replaceAll("^\"|\"$", "");
          }
        }
        body = body.substring(end + 5);
      }
    }
    return new Doc(rule, title, body.strip() + "\n");
  }
}

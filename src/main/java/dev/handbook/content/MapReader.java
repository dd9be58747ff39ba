package dev.handbook.content;

import dev.handbook.content.YNode.YList;
import dev.handbook.content.YNode.YMap;
import dev.handbook.content.YNode.YScalar;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Located;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the fields of one YAML mapping against the format: reports unknown keys with the nearest
 * known one, missing required keys, and values of the wrong type or form. Returns what it could
 * read.
 */
final class MapReader {
  static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The longest id: it names a page file (`<id>.html`), and file names have a length limit. */
  static final int MAX_ID = 100;

  private final YMap map;
  private final String what;
  private final SourcePos missingPos;
  private final Findings findings;

  /**
   * @param what how the mapping is named in messages, e.g. "the workflow's front matter"
   * @param missingPos where a missing key is reported: the mapping's own key, or the file's start
   */
  MapReader(YMap map, String what, SourcePos missingPos, List<String> known, Findings findings) {
    this(map, what, missingPos, known, List.of(), findings);
  }

  /**
   * @param retired fields the format no longer has, which the caller reports with a message of its
   *     own (where the value now lives)
   */
  MapReader(
      YMap map,
      String what,
      SourcePos missingPos,
      List<String> known,
      List<String> retired,
      Findings findings) {
    this.map = map;
    this.what = what;
    this.missingPos = missingPos;
    this.findings = findings;
    for (YNode.Entry e : map.entries()) {
      if (!known.contains(e.key()) && !retired.contains(e.key())) {
        String hint =
            Suggestions.nearest(e.key(), known)
                .map(s -> "; did you mean \"" + s + "\"?")
                .orElse("; the known fields are " + String.join(", ", known));
        findings.add(
            Rule.UNKNOWN_FIELD, e.keyPos(), "\"" + e.key() + "\" is not a field of " + what + hint);
      }
    }
  }

  /** Reads a mapping node, or reports that one was expected; empty when it is not a mapping. */
  static Optional<MapReader> of(
      YNode node, String what, SourcePos missingPos, List<String> known, Findings findings) {
    return of(node, what, missingPos, known, List.of(), findings);
  }

  static Optional<MapReader> of(
      YNode node,
      String what,
      SourcePos missingPos,
      List<String> known,
      List<String> retired,
      Findings findings) {
    if (node instanceof YMap m) {
      return Optional.of(new MapReader(m, what, missingPos, known, retired, findings));
    }
    findings.add(
        Rule.INVALID_VALUE,
        node.pos(),
        what + " must be a mapping of fields, not " + node.describe());
    return Optional.empty();
  }

  Optional<YNode> get(String key) {
    return map.entry(key).map(YNode.Entry::value);
  }

  SourcePos keyPos(String key) {
    return map.entry(key).map(YNode.Entry::keyPos).orElse(missingPos);
  }

  boolean has(String key) {
    return map.entry(key).isPresent();
  }

  List<String> keys() {
    return map.entries().stream().map(YNode.Entry::key).toList();
  }

  void missing(String key, String why) {
    findings.add(
        Rule.MISSING_FIELD,
        missingPos,
        what + " has no \"" + key + "\"" + (why.isEmpty() ? "" : "; " + why));
  }

  /**
   * A text value; numbers and booleans are taken as written. Null when absent (reported if
   * required).
   */
  Located<String> text(String key, boolean required, String why) {
    Optional<YNode> node = get(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, why);
      }
      return null;
    }
    return text(node.get(), key, keyPos(key));
  }

  /** A list item's text, reported at the item. */
  Located<String> text(YNode node, String key) {
    return text(node, key, node.pos());
  }

  /**
   * @param at where the value is reported: a field's key (as editors expect), or a list item itself
   */
  private Located<String> text(YNode node, String key, SourcePos at) {
    if (node instanceof YScalar s) {
      return new Located<>(s.isNull() ? "" : s.text().strip(), at);
    }
    findings.add(Rule.INVALID_VALUE, at, "\"" + key + "\" must be text, not " + node.describe());
    return null;
  }

  /** A slug-form id value, or null when absent or malformed (both reported). */
  Located<String> slug(String key, boolean required, String why) {
    Optional<YNode> node = get(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, why);
      }
      return null;
    }
    return slug(node.get(), key, keyPos(key));
  }

  Located<String> slug(YNode node, String key) {
    return slug(node, key, node.pos());
  }

  private Located<String> slug(YNode node, String key, SourcePos at) {
    Located<String> t = text(node, key, at);
    if (t == null) {
      return null;
    }
    if (t.value().isEmpty()) {
      findings.add(Rule.INVALID_VALUE, t.pos(), "\"" + key + "\" is empty; write an id");
      return null;
    }
    if (!SLUG.matcher(t.value()).matches()) {
      findings.add(
          Rule.INVALID_VALUE,
          t.pos(),
          "\""
              + key
              + "\" is \""
              + t.value()
              + "\", which is not an id: use lowercase letters, digits and hyphens, e.g. \""
              + slugify(t.value())
              + "\"");
      return null;
    }
    if (t.value().length() > MAX_ID) {
      findings.add(
          Rule.INVALID_VALUE,
          t.pos(),
          "\""
              + key
              + "\" is "
              + t.value().length()
              + " characters long; an id names a page file, so it is at most "
              + MAX_ID
              + ": shorten it");
      return null;
    }
    return t;
  }

  /**
   * Like {@link #slug} but an empty value reads as "" so the caller can report it as unanswered.
   */
  Located<String> slugOrBlank(String key) {
    Optional<YNode> node = get(key);
    if (node.isEmpty()) {
      return null;
    }
    Located<String> t = text(node.get(), key, keyPos(key));
    if (t == null || t.value().isEmpty()) {
      return t;
    }
    return slug(node.get(), key, keyPos(key));
  }

  /**
   * A list of ids; an absent key gives an empty list, a value that is not a list gives null
   * (reported).
   */
  List<Located<String>> slugList(String key, boolean required, String why) {
    Optional<YNode> node = get(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, why);
      }
      return List.of();
    }
    List<Located<String>> out = new ArrayList<>();
    if (node.get() instanceof YList list) {
      for (YNode item : list.items()) {
        Located<String> s = slug(item, key);
        if (s != null) {
          out.add(s);
        }
      }
    } else if (node.get() instanceof YScalar s && s.isNull()) {
      return List.of();
    } else {
      findings.add(
          Rule.INVALID_VALUE,
          keyPos(key),
          "\""
              + key
              + "\" must be a list of ids in brackets, e.g. [demand, pmm], not "
              + node.get().describe());
      return null;
    }
    return out;
  }

  List<YNode> list(String key, boolean required, String why) {
    Optional<YNode> node = get(key);
    if (node.isEmpty()) {
      if (required) {
        missing(key, why);
      }
      return List.of();
    }
    List<YNode> items = null;
    if (node.get() instanceof YList list) {
      items = list.items();
    } else if (node.get() instanceof YScalar s && s.isNull()) {
      items = List.of();
    }
    if (items == null) {
      findings.add(
          Rule.INVALID_VALUE,
          keyPos(key),
          "\"" + key + "\" must be a list, not " + node.get().describe());
      return List.of();
    }
    if (items.isEmpty() && required) {
      // An empty required list says as little as a missing one.
      findings.add(
          Rule.MISSING_FIELD,
          keyPos(key),
          "\"" + key + "\" is empty" + (why.isEmpty() ? "" : "; " + why));
    }
    return items;
  }

  boolean bool(String key) {
    Optional<YNode> node = get(key);
    if (node.isEmpty()) {
      return false;
    }
    if (node.get() instanceof YScalar s && s.value() instanceof Boolean b) {
      return b;
    }
    if (node.get() instanceof YScalar s && s.isNull()) {
      return false;
    }
    String written =
        node.get() instanceof YScalar s ? "\"" + s.text() + "\"" : node.get().describe();
    findings.add(
        Rule.INVALID_VALUE, keyPos(key), "\"" + key + "\" must be true or false, not " + written);
    return false;
  }

  /** The `suppress: [{rule, reason}]` list shared by front matter and the charter. */
  List<Suppression> suppressions() {
    List<Suppression> out = new ArrayList<>();
    for (YNode item : list("suppress", false, "")) {
      Optional<MapReader> entry =
          of(item, "a suppression", item.pos(), List.of("rule", "reason"), findings);
      if (entry.isEmpty()) {
        continue;
      }
      Located<String> rule = entry.get().text("rule", true, "name the rule id to silence");
      Located<String> reason = entry.get().text("reason", false, "");
      if (rule == null) {
        continue;
      }
      out.add(new Suppression(rule.value(), reason == null ? "" : reason.value(), item.pos()));
    }
    return out;
  }

  private static String slugify(String s) {
    String slug =
        s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return slug.isEmpty() ? "my-id" : slug;
  }
}

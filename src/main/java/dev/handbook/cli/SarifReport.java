package dev.handbook.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.findings.Finding;
import dev.handbook.findings.Rule;
import dev.handbook.findings.RuleDocs;
import dev.handbook.findings.Severity;
import dev.handbook.model.SourcePos;
import dev.handbook.site.Pipeline.Outcome;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Findings as SARIF 2.1.0, for code-scanning annotations: one `rules[]` entry per rule with its
 * help text and page, results with physical locations relative to the working directory, the other
 * side of a disagreement as `relatedLocations`, and suppressed findings marked in-source.
 */
final class SarifReport {
  private SarifReport() {}

  static String render(Outcome outcome) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
    root.put("version", "2.1.0");
    ObjectNode run = root.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "handbook");
    driver.put("fullName", "handbook: operating-model checks");
    driver.put("version", Version.get());
    ArrayNode rules = driver.putArray("rules");
    for (Rule rule : Rule.values()) {
      RuleDocs.Doc doc = RuleDocs.of(rule);
      ObjectNode r = rules.addObject();
      r.put("id", rule.id());
      r.put("name", pascal(rule.id()));
      r.putObject("shortDescription").put("text", doc.title());
      r.putObject("fullDescription").put("text", sentence(rule.summary()));
      ObjectNode help = r.putObject("help");
      help.put("text", doc.markdown());
      help.put("markdown", doc.markdown());
      r.putObject("defaultConfiguration").put("level", level(rule.severity()));
      r.putObject("properties").put("page", doc.page());
    }
    run.put(
        "columnKind",
        "utf16CodeUnits"); // columns count Java chars, as editors on the JVM and in browsers do
    ArrayNode results = run.putArray("results");
    for (Finding f : outcome.findings()) {
      ObjectNode r = results.addObject();
      r.put("ruleId", f.rule().id());
      r.put("ruleIndex", f.rule().ordinal());
      r.put("level", level(f.severity()));
      r.putObject("message").put("text", f.message());
      location(r.putArray("locations").addObject(), f.pos());
      if (!f.related().isEmpty()) {
        ArrayNode related = r.putArray("relatedLocations");
        int id = 1;
        for (SourcePos pos : f.related()) {
          ObjectNode loc = related.addObject();
          loc.put("id", id++);
          loc.putObject("message").put("text", "the other side: " + pos.file() + ":" + pos.line());
          location(loc, pos);
        }
      }
      if (f.suppressed()) {
        ObjectNode s = r.putArray("suppressions").addObject();
        s.put("kind", "inSource");
        s.put("justification", f.suppressedBy());
      }
    }
    try {
      return mapper.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void location(ObjectNode target, SourcePos pos) {
    ObjectNode physical = target.putObject("physicalLocation");
    ObjectNode artifact = physical.putObject("artifactLocation");
    if (Path.of(pos.file()).isAbsolute()) {
      // Outside the working directory: an absolute file: URI stands on its own.
      artifact.put("uri", Path.of(pos.file()).toUri().toASCIIString());
    } else {
      artifact.put("uri", relativeUri(pos.file())).put("uriBaseId", "%SRCROOT%");
    }
    physical.putObject("region").put("startLine", pos.line()).put("startColumn", pos.column());
  }

  /** A relative path as a URI reference: each segment percent-encoded, never read as a scheme. */
  static String relativeUri(String path) {
    StringBuilder uri = new StringBuilder();
    for (String segment : path.split("/", -1)) {
      if (uri.length() > 0) {
        uri.append('/');
      }
      byte[] bytes = segment.getBytes(StandardCharsets.UTF_8);
      for (byte b : bytes) {
        int c = b & 0xff;
        if ((c >= 'a' && c <= 'z')
            || (c >= 'A' && c <= 'Z')
            || (c >= '0' && c <= '9')
            || c == '-'
            || c == '.'
            || c == '_'
            || c == '~') {
          uri.append((char) c);
        } else {
          uri.append('%').append(String.format("%02X", c));
        }
      }
    }
    return uri.toString();
  }

  private static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  private static String pascal(String id) {
    StringBuilder b = new StringBuilder();
    for (String part : id.split("-")) {
      b.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
    }
    return b.toString();
  }

  private static String sentence(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1) + ".";
  }
}

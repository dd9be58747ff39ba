package dev.handbook.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.findings.Finding;
import dev.handbook.findings.Severity;
import dev.handbook.site.Pipeline.Outcome;
import java.io.PrintWriter;

/** Prints a run's findings in one of the output formats. */
final class Report {
  private Report() {}

  /** The supported formats of `--format`. */
  enum Format {
    text,
    json,
    sarif
  }

  static void print(Outcome outcome, Format format, PrintWriter out) {
    switch (format) {
      case text -> text(outcome, out);
      case json -> json(outcome, out);
      case sarif -> out.println(SarifReport.render(outcome));
    }
    out.flush();
  }

  private static void text(Outcome outcome, PrintWriter out) {
    for (Finding f : outcome.findings()) {
      if (!f.suppressed()) {
        out.println(f.toText());
      }
    }
    out.println(summary(outcome));
  }

  static String summary(Outcome o) {
    long suppressed = o.findings().stream().filter(Finding::suppressed).count();
    return plural(o.count(Severity.ERROR), "error")
        + ", "
        + plural(o.count(Severity.WARNING), "warning")
        + ", "
        + plural(o.count(Severity.INFO), "info")
        + " in "
        + plural(o.handbook().workflows().size(), "workflow")
        + ", "
        + plural(o.handbook().charter().placements().size(), "placement")
        + (suppressed == 0 ? "" : " (" + suppressed + " suppressed with a reason)");
  }

  private static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  private static void json(Outcome outcome, PrintWriter out) {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    ArrayNode list = root.putArray("findings");
    for (Finding f : outcome.findings()) {
      ObjectNode n = list.addObject();
      n.put("file", f.pos().file());
      n.put("line", f.pos().line());
      n.put("column", f.pos().column());
      n.put("severity", f.severity().id());
      n.put("rule", f.rule().id());
      n.put("message", f.message());
      if (!f.related().isEmpty()) {
        ArrayNode related = n.putArray("related");
        for (var pos : f.related()) {
          related
              .addObject()
              .put("file", pos.file())
              .put("line", pos.line())
              .put("column", pos.column());
        }
      }
      if (f.suppressed()) {
        n.put("suppressed", f.suppressedBy());
      }
    }
    ObjectNode summary = root.putObject("summary");
    summary.put("errors", outcome.count(Severity.ERROR));
    summary.put("warnings", outcome.count(Severity.WARNING));
    summary.put("infos", outcome.count(Severity.INFO));
    summary.put("workflows", outcome.handbook().workflows().size());
    out.println(root.toString());
  }
}

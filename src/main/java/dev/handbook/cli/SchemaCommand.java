package dev.handbook.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * `handbook schema`: the JSON Schemas editors use to complete and validate the charter and workflow
 * front matter.
 */
@Command(
    name = "schema",
    mixinStandardHelpOptions = true,
    description = {
      "Print the JSON Schema for the charter or for workflow front matter.",
      "Save them and point your editor's YAML support at them; see docs/content.md."
    })
final class SchemaCommand implements Callable<Integer> {
  /** Which schema to print. */
  enum Which {
    charter,
    workflow
  }

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "charter|workflow",
      description = "which schema; without it, both, as {\"charter\": ..., \"workflow\": ...}")
  Which which;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    var out = spec.commandLine().getOut();
    if (which != null) {
      out.print(read(which));
    } else {
      out.println(
          "{\"charter\": "
              + read(Which.charter).strip()
              + ",\n\"workflow\": "
              + read(Which.workflow).strip()
              + "}");
    }
    out.flush();
    return ExitCode.OK;
  }

  static String read(Which which) throws IOException {
    try (InputStream in =
        SchemaCommand.class.getResourceAsStream("/dev/handbook/schema/" + which + ".schema.json")) {
      if (in == null) {
        throw new IOException("schema missing from the jar: " + which);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

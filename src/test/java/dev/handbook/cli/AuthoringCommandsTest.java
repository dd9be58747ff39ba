package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.handbook.TestHandbooks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `handbook new workflow` and `handbook schema`: the helpers an author uses before the checker ever
 * runs.
 */
class AuthoringCommandsTest {
  @TempDir Path root;

  @Test
  void aNewWorkflowChecksWithoutErrorsOrWarningsAsIdeal() throws IOException {
    TestHandbooks.fixtureIn(root);
    CliRun made = CliRun.in(root, "new", "workflow", "pipeline-review", "--category", "learning");
    assertEquals(0, made.status(), made.err());
    assertEquals(
        "wrote content/workflows/learning/pipeline-review.md (status: ideal); fill in each section, then run `handbook check`\n",
        made.out());
    String text = Files.readString(root.resolve("content/workflows/learning/pipeline-review.md"));
    assertTrue(
        text.startsWith("---\nid: pipeline-review\ntitle: Pipeline Review\ncategory: learning\n"),
        text);
    assertTrue(text.contains("status: ideal"), text);

    CliRun check = CliRun.in(root, "check", "--strict");
    assertEquals("0 errors, 0 warnings, 0 infos in 4 workflows, 2 placements\n", check.out());
    assertEquals(0, check.status());
  }

  @Test
  void aNewWorkflowRefusesAnUnknownCategoryAndAnExistingFile() {
    TestHandbooks.fixtureIn(root);
    CliRun unknown = CliRun.in(root, "new", "workflow", "x", "--category", "learnin");
    assertEquals(2, unknown.status());
    assertTrue(
        unknown
            .err()
            .startsWith(
                "there is no category \"learnin\" in the charter; did you mean \"learning\"?"),
        unknown.err());
    CliRun exists =
        CliRun.in(root, "new", "workflow", "launch-readiness", "--category", "execution");
    assertEquals(2, exists.status());
    assertTrue(
        exists.err().startsWith("content/workflows/execution/launch-readiness.md already exists"),
        exists.err());
    CliRun badId = CliRun.in(root, "new", "workflow", "Launch Review", "--category", "execution");
    assertEquals(2, badId.status());
  }

  static Schema schema(String which) {
    CliRun run = CliRun.in(Path.of(""), "schema", which);
    assertEquals(0, run.status(), run.err());
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(run.out(), InputFormat.JSON);
  }

  @Test
  void theShippedAndFixtureContentValidateAgainstThePrintedSchemas() throws IOException {
    Schema charter = schema("charter");
    Schema workflow = schema("workflow");
    List<String> errors = new ArrayList<>();
    for (Path content : List.of(TestHandbooks.SHIPPED, TestHandbooks.FIXTURE)) {
      charter
          .validate(Files.readString(content.resolve("charter.yaml")), InputFormat.YAML)
          .forEach(e -> errors.add("charter: " + e));
      try (Stream<Path> files = Files.walk(content.resolve("workflows"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
          workflow
              .validate(frontMatter(f), InputFormat.YAML)
              .forEach(e -> errors.add(f.getFileName() + ": " + e));
        }
      }
    }
    assertEquals(List.of(), errors);
  }

  @Test
  void theSchemasCatchWhatTheCheckerCatches() {
    Schema workflow = schema("workflow");
    String valid =
        "id: x\ntitle: X\ncategory: c\narea: a\nowner: o\nstatus: ideal\n"
            + "criteria: {end-to-end: e, cross-functional: [f], repeatable: r, ai-relevant: a}\n";
    assertEquals(List.of(), workflow.validate(valid, InputFormat.YAML));
    assertEquals(
        1,
        workflow.validate(valid.replace("owner: o", "ownr: o"), InputFormat.YAML).stream()
            .filter(e -> e.getMessage().contains("ownr"))
            .count());
    assertTrue(
        !workflow
            .validate(valid.replace("status: ideal", "status: backlog"), InputFormat.YAML)
            .isEmpty(),
        "backlog needs priority");
    assertTrue(
        !workflow
            .validate(valid.replace("status: ideal", "status: done"), InputFormat.YAML)
            .isEmpty());
  }

  @Test
  void schemaWithoutAnArgumentPrintsBoth() {
    CliRun run = CliRun.in(Path.of(""), "schema");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("{\"charter\": {"), run.out().substring(0, 30));
    assertTrue(run.out().contains("\"workflow\": {"));
  }

  private static String frontMatter(Path file) throws IOException {
    String text = Files.readString(file);
    int end = text.indexOf("\n---\n", 4);
    return text.substring(4, end + 1);
  }
}

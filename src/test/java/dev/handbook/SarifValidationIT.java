package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SARIF output checked by Microsoft's own validator (`@microsoft/sarif-multitool validate`, from
 * npm, installed by {@link NpmTools}), which tests the log against the SARIF 2.1.0 schema and its
 * rules.
 */
class SarifValidationIT {

  @Test
  void sarifWithEveryKindOfFindingPassesMicrosoftsValidator(@TempDir Path root) throws Exception {
    Path multitool = NpmTools.bin("sarif-multitool");
    TestHandbooks.fixtureIn(root);
    String lr = "workflows/execution/launch-readiness.md";
    TestHandbooks.edit(
        root,
        lr,
        "area: execution-system",
        "area: strategy"); // scope-creep with a related location
    TestHandbooks.edit(
        root,
        lr,
        "  decided-by: cmo",
        "  decided-by: lead"); // prioritization-owner, suppressed below
    TestHandbooks.edit(
        root,
        lr,
        "keystone: true\n",
        "keystone: true\nsuppress:\n  - rule: prioritization-owner\n    reason: \"Delegated until the Q3 review.\"\n");
    TestHandbooks.edit(root, lr, "  impact: Fewer slipped launches.\n", "");
    TestHandbooks.edit(
        root,
        lr,
        "  who-needs-this:",
        "  impact: Fewer slipped launches.\n  who-needs-this:"); // a warning
    TestHandbooks.edit(
        root,
        "charter.yaml",
        "  - { id: learning, name: Learning & Post-Mortems }",
        "  - { id: learning, name: Learning & Post-Mortems }\n  - { id: expansion, name: Expansion }"); // a note

    CliRun run = CliRun.in(root, "check", "--format", "sarif");
    assertEquals(1, run.status(), run.err());
    validate(multitool, root, run.out());
  }

  /**
   * Content outside the working directory, in folders and files whose names need escaping in a URI:
   * absolute file: URIs, percent-encoded, and still a valid log.
   */
  @Test
  void contentOutsideTheWorkingDirectoryGivesValidAbsoluteUris(
      @TempDir Path root, @TempDir Path elsewhere) throws Exception {
    Path multitool = NpmTools.bin("sarif-multitool");
    Path project = root.resolve("my handbook #1");
    Files.createDirectories(project);
    TestHandbooks.fixtureIn(project);
    Path odd = project.resolve("content/workflows/execution/ré sumé #2.md");
    Files.writeString(odd, "no front matter here\n");
    TestHandbooks.edit(
        project, "workflows/execution/launch-readiness.md", "owner: mops", "owner: mopps");

    CliRun run =
        CliRun.in(
            elsewhere,
            "check",
            "--format",
            "sarif",
            "--content",
            project.resolve("content").toString());
    assertEquals(1, run.status(), run.err());
    JsonNode results = new ObjectMapper().readTree(run.out()).get("runs").get(0).get("results");
    assertEquals(2, results.size(), run.out());
    for (JsonNode r : results) {
      JsonNode artifact = r.get("locations").get(0).get("physicalLocation").get("artifactLocation");
      String uri = artifact.get("uri").asText();
      assertTrue(uri.startsWith("file:///"), uri);
      assertFalse(uri.contains(" ") || uri.contains("#"), "percent-encoded: " + uri);
      assertFalse(artifact.has("uriBaseId"), "an absolute URI has no base: " + artifact);
    }
    validate(multitool, elsewhere, run.out());
  }

  private static void validate(Path multitool, Path folder, String sarif) throws Exception {
    Path log = folder.resolve("handbook.sarif");
    Files.writeString(log, sarif);
    Path report = folder.resolve("validation.sarif");
    Process p =
        new ProcessBuilder(
                multitool.toString(), "validate", log.toString(), "--output", report.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "validator timed out");
    assertEquals(0, p.exitValue(), output);
    List<String> problems =
        output.lines().filter(l -> l.contains(": error ") || l.contains(" SARIF10")).toList();
    assertEquals(List.of(), problems, output);
    assertTrue(output.contains("Analysis completed successfully"), output);
  }
}

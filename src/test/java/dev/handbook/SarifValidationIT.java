package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    Path log = root.resolve("handbook.sarif");
    Files.writeString(log, run.out());

    Path report = root.resolve("validation.sarif");
    Process p =
        new ProcessBuilder(
                multitool.toString(), "validate", log.toString(), "--output", report.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "validator timed out");
    assertEquals(0, p.exitValue(), output);
    List<String> errors = output.lines().filter(l -> l.contains(": error ")).toList();
    assertEquals(List.of(), errors, output);
    assertTrue(output.contains("Analysis completed successfully"), output);
  }
}

package dev.handbook.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.TestHandbooks;
import dev.handbook.findings.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * JSON and SARIF carry what CI needs: every finding, suppressed ones marked, the other side of a
 * conflict, and every rule.
 */
class OutputFormatsTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  @TempDir Path root;

  @BeforeEach
  void plantScopeCreepAndASuppressedFinding() {
    TestHandbooks.fixtureIn(root);
    TestHandbooks.edit(root, LR, "area: execution-system", "area: strategy");
    TestHandbooks.edit(root, LR, "  decided-by: cmo", "  decided-by: lead");
    TestHandbooks.edit(
        root,
        LR,
        "keystone: true\n",
        "keystone: true\nsuppress:\n  - rule: prioritization-owner\n    reason: \"Delegated until the Q3 review.\"\n");
  }

  @Test
  void textHidesSuppressedFindingsButCountsThem() {
    CliRun run = CliRun.in(root, "check");
    assertFalse(run.out().contains("[prioritization-owner]"), run.out());
    assertTrue(
        run.out()
            .endsWith(
                "2 errors, 0 warnings, 0 infos in 3 workflows, 2 placements (1 suppressed with a reason)\n"),
        run.out());
  }

  @Test
  void jsonKeepsSuppressedFindingsWithTheirReason() throws IOException {
    JsonNode json = new ObjectMapper().readTree(CliRun.in(root, "check", "--format", "json").out());
    List<String> suppressed = new ArrayList<>();
    for (JsonNode f : json.get("findings")) {
      if (f.has("suppressed")) {
        suppressed.add(f.get("rule").asText() + ": " + f.get("suppressed").asText());
      }
    }
    assertEquals(List.of("prioritization-owner: Delegated until the Q3 review."), suppressed);
    assertEquals(2, json.get("summary").get("errors").asInt());
  }

  @Test
  void sarifHasEveryRuleWithHelpAndPageAndLocatesBothSidesOfAConflict() throws IOException {
    CliRun run = CliRun.in(root, "check", "--format", "sarif");
    assertEquals(1, run.status());
    JsonNode sarif = new ObjectMapper().readTree(run.out());
    assertEquals("2.1.0", sarif.get("version").asText());
    JsonNode sarifRun = sarif.get("runs").get(0);
    JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
    assertEquals(Rule.values().length, rules.size());
    for (Rule rule : Rule.values()) {
      JsonNode r = rules.get(rule.ordinal());
      assertEquals(rule.id(), r.get("id").asText());
      assertTrue(r.get("help").get("markdown").asText().contains("## How to fix it"), rule.id());
      assertEquals("rules/" + rule.id() + ".html", r.get("properties").get("page").asText());
    }

    JsonNode creep = null;
    JsonNode suppressed = null;
    for (JsonNode result : sarifRun.get("results")) {
      if (result.get("ruleId").asText().equals("scope-creep") && creep == null) {
        creep = result;
      }
      if (result.has("suppressions")) {
        suppressed = result;
      }
    }
    JsonNode loc = creep.get("locations").get(0).get("physicalLocation");
    assertEquals("content/" + LR, loc.get("artifactLocation").get("uri").asText());
    assertEquals(5, loc.get("region").get("startLine").asInt());
    assertEquals("error", creep.get("level").asText());
    JsonNode other = creep.get("relatedLocations").get(0).get("physicalLocation");
    assertEquals("content/charter.yaml", other.get("artifactLocation").get("uri").asText());
    assertEquals("prioritization-owner", suppressed.get("ruleId").asText());
    assertEquals("inSource", suppressed.get("suppressions").get(0).get("kind").asText());
    assertEquals(
        "Delegated until the Q3 review.",
        suppressed.get("suppressions").get(0).get("justification").asText());
  }
}

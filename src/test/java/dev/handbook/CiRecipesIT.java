package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The CI recipes users copy: the GitHub Actions workflow passes `@action-validator/cli` (the
 * published workflow schema, from npm), and both recipes run only commands this tool has.
 */
class CiRecipesIT {
  private static final Path GITHUB = Path.of("recipes/github-actions.yml");
  private static final Path GITLAB = Path.of("recipes/gitlab-ci.yml");

  private static final Path OWN = Path.of(".github/workflows/handbook.yml");

  private static void validate(Path workflow) throws Exception {
    Process p =
        new ProcessBuilder(NpmTools.bin("action-validator").toString(), workflow.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue(), workflow + ": " + output);
  }

  @Test
  void theGithubWorkflowsPassTheActionValidator() throws Exception {
    validate(GITHUB);
    validate(OWN);
  }

  @Test
  void thisRepositoryTestsOnEveryPushAndPublishesToPagesOnlyWhenPrivate() throws Exception {
    JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(OWN.toFile());
    assertTrue(wf.get("on").has("push") && wf.get("on").has("pull_request"));
    List<String> runs = new ArrayList<>();
    wf.get("jobs").get("test").get("steps").forEach(st -> runs.add(st.path("run").asText()));
    assertTrue(runs.stream().anyMatch(r -> r.contains(".ci/run")), runs.toString());
    List<String> builds = new ArrayList<>();
    wf.get("jobs").get("build").get("steps").forEach(st -> builds.add(st.path("run").asText()));
    assertTrue(
        builds.stream().anyMatch(r -> r.startsWith("./handbook build --strict")),
        builds.toString());
    String deployIf = wf.get("jobs").get("deploy").get("if").asText();
    assertTrue(deployIf.contains("github.event.repository.private"), deployIf);
    wf.get("jobs")
        .get("build")
        .get("steps")
        .forEach(
            st -> {
              if (st.path("uses").asText().startsWith("actions/upload-pages-artifact")) {
                assertTrue(
                    st.get("if").asText().contains("github.event.repository.private"),
                    st.toString());
              }
            });
  }

  @Test
  void theGithubWorkflowUploadsSarifAndPublishesPagesFromTheDefaultBranchOnly() throws Exception {
    JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(GITHUB.toFile());
    List<String> uses = new ArrayList<>();
    wf.get("jobs")
        .get("build")
        .get("steps")
        .forEach(
            s -> {
              if (s.has("uses")) {
                uses.add(s.get("uses").asText().replaceFirst("@.*", ""));
              }
            });
    assertTrue(uses.contains("github/codeql-action/upload-sarif"), uses.toString());
    assertTrue(uses.contains("actions/upload-pages-artifact"), uses.toString());
    assertTrue(wf.get("jobs").get("deploy").get("if").asText().contains("default_branch"));
    assertEquals(
        "actions/deploy-pages@v4",
        wf.get("jobs").get("deploy").get("steps").get(0).get("uses").asText());
  }

  @Test
  void theGitlabPagesJobPublishesPublicFromTheDefaultBranch() throws Exception {
    JsonNode ci = new ObjectMapper(new YAMLFactory()).readTree(GITLAB.toFile());
    JsonNode pages = ci.get("pages");
    assertEquals("public", pages.get("artifacts").get("paths").get(0).asText());
    assertTrue(pages.get("script").get(0).asText().endsWith("./handbook build --out public"));
    assertEquals(
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH", pages.get("rules").get(0).get("if").asText());
    assertEquals("./handbook check", ci.get("check").get("script").get(0).asText());
  }

  @Test
  void theRecipesCommandsWorkAsWritten() throws Exception {
    // The same commands the recipes run, against the shipped content, through the wrapper.
    Path out = Files.createTempDirectory("recipe").resolve("public");
    Process build =
        new ProcessBuilder("./handbook", "build", "--out", out.toString())
            .redirectErrorStream(true)
            .start();
    String log = new String(build.getInputStream().readAllBytes());
    assertTrue(build.waitFor(5, TimeUnit.MINUTES));
    assertEquals(0, build.exitValue(), log);
    Process sarif =
        new ProcessBuilder("./handbook", "check", "--format", "sarif")
            .redirectErrorStream(true)
            .start();
    String json = new String(sarif.getInputStream().readAllBytes());
    assertTrue(sarif.waitFor(5, TimeUnit.MINUTES));
    assertEquals("2.1.0", new ObjectMapper().readTree(json).get("version").asText());
  }
}

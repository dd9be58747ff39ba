package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Every run step of a job, in order. */
  private static List<String> runs(JsonNode wf, String job) {
    List<String> runs = new ArrayList<>();
    wf.get("jobs").get(job).get("steps").forEach(st -> runs.add(st.path("run").asText()));
    return runs;
  }

  /**
   * A GitHub workflow that builds the shared handbook: with --strict, from a checkout with history
   * and tags, with the never-publish list from the secret when it is set, and to Pages only from a
   * private repository whose Pages site is private; otherwise the site stays an artifact.
   */
  private static void assertStrictAndInternal(JsonNode wf) {
    List<String> builds = runs(wf, "build");
    assertTrue(
        builds.stream().anyMatch(r -> r.startsWith("./handbook build --strict")),
        builds.toString());
    assertTrue(
        builds.stream().noneMatch(r -> r.contains("--audience author")),
        "the author's handbook is never built in CI");
    assertTrue(
        builds.stream().anyMatch(r -> r.contains("HANDBOOK_NEVER_PUBLISH=")), builds.toString());
    JsonNode checkout = wf.get("jobs").get("build").get("steps").get(0);
    assertEquals("actions/checkout@v4", checkout.get("uses").asText());
    assertEquals(0, checkout.get("with").get("fetch-depth").asInt());
    assertTrue(checkout.get("with").get("fetch-tags").asBoolean());
    String restricted = "github.event.repository.private && vars.HANDBOOK_PAGES == 'private'";
    assertTrue(wf.get("jobs").get("deploy").get("if").asText().startsWith(restricted));
    List<String> uses = new ArrayList<>();
    wf.get("jobs")
        .get("build")
        .get("steps")
        .forEach(
            st -> {
              String action = st.path("uses").asText().replaceFirst("@.*", "");
              uses.add(action);
              if (action.equals("actions/upload-pages-artifact")) {
                assertTrue(st.get("if").asText().startsWith(restricted), st.toString());
              }
            });
    assertTrue(uses.contains("actions/upload-artifact"), uses.toString());
  }

  @Test
  void thisRepositoryTestsOnEveryPushAndPublishesOnlyWhereAccessIsRestricted() throws Exception {
    JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(OWN.toFile());
    assertTrue(wf.get("on").has("push") && wf.get("on").has("pull_request"));
    List<String> tests = runs(wf, "test");
    assertTrue(tests.stream().anyMatch(r -> r.contains(".ci/run")), tests.toString());
    assertStrictAndInternal(wf);
  }

  @Test
  void theGithubRecipeChecksStrictlyAnnotatesAndPublishesOnlyWhereAccessIsRestricted()
      throws Exception {
    JsonNode wf = new ObjectMapper(new YAMLFactory()).readTree(GITHUB.toFile());
    assertStrictAndInternal(wf);
    List<String> uses = new ArrayList<>();
    wf.get("jobs")
        .get("build")
        .get("steps")
        .forEach(s -> uses.add(s.path("uses").asText().replaceFirst("@.*", "")));
    assertTrue(uses.contains("github/codeql-action/upload-sarif"), uses.toString());
    assertTrue(
        runs(wf, "build")
            .contains("./handbook check --strict --format sarif > handbook.sarif || true"));
    assertTrue(wf.get("jobs").get("deploy").get("if").asText().contains("default_branch"));
    assertEquals(
        "actions/deploy-pages@v4",
        wf.get("jobs").get("deploy").get("steps").get(0).get("uses").asText());
  }

  @Test
  void theGitlabRecipeBuildsStrictlyAndPublishesPagesOnlyWithAccessControl() throws Exception {
    JsonNode ci = new ObjectMapper(new YAMLFactory()).readTree(GITLAB.toFile());
    assertEquals("./handbook check --strict", ci.get("check").get("script").get(0).asText());
    assertEquals("0", ci.get("variables").get("GIT_DEPTH").asText());
    assertTrue(ci.get("variables").get("GIT_FETCH_EXTRA_FLAGS").asText().contains("--tags"));
    JsonNode handbook = ci.get("handbook");
    assertTrue(
        handbook.get("script").get(0).asText().endsWith("./handbook build --strict --out public"));
    assertEquals("developer", handbook.get("artifacts").get("access").asText());
    JsonNode pages = ci.get("pages");
    assertEquals("public", pages.get("artifacts").get("paths").get(0).asText());
    assertEquals(
        "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $HANDBOOK_PAGES == \"private\"",
        pages.get("rules").get(0).get("if").asText());
    assertEquals("handbook", pages.get("needs").get(0).asText());
  }

  @Test
  void theRecipesCommandsWorkAsWritten() throws Exception {
    // The same commands the recipes run, against the shipped content, through the wrapper; an
    // unset secret leaves HANDBOOK_NEVER_PUBLISH empty.
    Path temp = Files.createTempDirectory("recipe");
    Path out = temp.resolve("public");
    Run build =
        run(Map.of("HANDBOOK_NEVER_PUBLISH", ""), "build", "--strict", "--out", out.toString());
    assertEquals(0, build.status(), build.log());
    Run sarif = run(Map.of(), "check", "--strict", "--format", "sarif");
    assertEquals("2.1.0", new ObjectMapper().readTree(sarif.log()).get("version").asText());

    // The list the recipe writes from the secret: a term of the shipped handbook fails the build
    // (and leaves the last site), and the log names the list's line, never the term.
    Path list = temp.resolve("never-publish.txt");
    Files.writeString(list, "# from the secret\nRevOps-centered GTM Engine\n");
    Run leak =
        run(
            Map.of("HANDBOOK_NEVER_PUBLISH", list.toString()),
            "build",
            "--strict",
            "--out",
            out.toString());
    assertEquals(1, leak.status(), leak.log());
    assertTrue(leak.log().contains("content/charter.yaml:"), leak.log());
    assertTrue(
        leak.log().contains("(" + list + ":2)") && leak.log().contains("[private-leak]"),
        leak.log());
    assertFalse(leak.log().contains("GTM Engine"), leak.log());
    assertTrue(Files.isRegularFile(out.resolve("index.html")), "the last good site stays");
  }

  private record Run(int status, String log) {}

  private static Run run(Map<String, String> env, String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of("./handbook"));
    command.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    pb.environment().putAll(env);
    Process p = pb.start();
    String log = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(5, TimeUnit.MINUTES));
    return new Run(p.exitValue(), log);
  }
}

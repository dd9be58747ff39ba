package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.model.Area;
import dev.handbook.model.Category;
import dev.handbook.model.Handbook;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import dev.handbook.site.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped content/ is the user's real handbook, read by the CEO and CMO: it covers what the
 * seed asks for and carries none of the seed's private context.
 */
class ShippedContentTest {
  /**
   * Words from the seed's private first section; none of them belongs in a page an executive reads.
   */
  private static final List<String> PRIVATE =
      List.of(
          "scott",
          "appease",
          "underperform",
          "headcount",
          "political",
          "fallback",
          "socializ",
          "prefers to remain",
          "reducing costs",
          "mentor");

  private static Pipeline.Outcome outcome() throws IOException {
    return new Pipeline(Pipeline.Settings.of(TestHandbooks.SHIPPED, Path::toString)).check();
  }

  @Test
  void theShippedHandbookHasNoFindingsAtAll() throws IOException {
    assertEquals(List.of(), outcome().findings());
  }

  @Test
  void everyCategoryHasAWorkflowAndTheBacklogMixesStatuses() throws IOException {
    Handbook h = outcome().handbook();
    assertEquals(9, h.charter().categories().size());
    assertTrue(h.workflows().size() >= 15, "at least fifteen workflows");
    for (Category c : h.charter().categories()) {
      assertTrue(h.workflows().stream().anyMatch(w -> w.category().value().equals(c.id())), c.id());
    }
    for (Status s : Status.values()) {
      assertTrue(h.workflows().stream().anyMatch(w -> w.status() == s), s.id());
    }
    assertTrue(
        h.workflows().stream().anyMatch(w -> w.keystone() && w.status() == Status.ACTIVE),
        "an active keystone");
  }

  @Test
  void activeWorkflowsFitTheTeamsCapacity() throws IOException {
    Handbook h = outcome().handbook();
    assertEquals(3, h.charter().members().size());
    for (Party m : h.charter().members()) {
      boolean holder = h.charter().holder() != null && h.charter().holder().value().equals(m.id());
      long active =
          h.workflows().stream()
              .filter(
                  w ->
                      w.status() == Status.ACTIVE
                          && (w.owner().value().equals(m.id())
                              || (holder && w.owner().value().equals(h.charter().role().id()))))
              .count();
      assertTrue(
          active <= h.charter().activeWorkflowsPerPerson(),
          m.id() + " owns " + active + " active workflows");
    }
  }

  @Test
  void bothPlacementsAreThereAndRevOpsKeepsItsSystemsOfRecord() throws IOException {
    Handbook h = outcome().handbook();
    assertEquals(2, h.charter().placements().size());
    assertEquals(
        List.of("revops", "cmo"),
        h.charter().placements().stream().map(p -> p.reportsTo().value()).toList());
    assertEquals(
        3,
        h.charter().areas().stream()
            .filter(a -> a.systemOfRecord() && a.owner().value().equals("revops"))
            .count());
  }

  @Test
  void thePreferenceIsNotInTheRepositoryAndEachPlacementDefendsItself() throws Exception {
    Process git =
        new ProcessBuilder(
                "git", "ls-files", "--", TestHandbooks.SHIPPED.resolve("private").toString())
            .redirectErrorStream(true)
            .start();
    String tracked = new String(git.getInputStream().readAllBytes());
    assertEquals(0, git.waitFor());
    assertEquals("", tracked, "content/private/ is the author's and never committed");
    String charter = Files.readString(TestHandbooks.SHIPPED.resolve("charter.yaml"));
    assertTrue(!charter.contains("preferred"), "charter.yaml names no preference");
    Handbook h = outcome().handbook();
    for (Placement p : h.charter().placements()) {
      assertTrue(p.rationale().length() > 200, p.id() + " says why it is defensible");
    }
  }

  @Test
  void theShippedGitignoreKeepsPrivateMaterialAndTheAuthorsCopyOutOfGit() throws Exception {
    List<String> paths =
        List.of(
            "content/private/author.yaml",
            "content/private/never-publish.txt",
            "content/private/notes.md",
            "site-author/index.html",
            "site/index.html");
    List<String> command = new ArrayList<>(List.of("git", "check-ignore", "--no-index"));
    command.addAll(paths);
    Process git = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(git.getInputStream().readAllBytes());
    assertEquals(0, git.waitFor(), out);
    assertEquals(paths, out.lines().toList(), "every one of them is ignored");
    Process kept =
        new ProcessBuilder("git", "check-ignore", "--no-index", "content/charter.yaml").start();
    assertEquals(1, kept.waitFor(), "the charter itself is committed");
  }

  /**
   * The brief (seed §2) gives the role six execution areas and excludes four: the
   * Marketing-centered placement owns exactly those six and excludes exactly those four; the
   * RevOps-centered one names in its rationale every area it owns beyond them.
   */
  @Test
  void theMarketingPlacementOwnsExactlyTheBriefsSixAndRevOpsNamesWhatItAdds() throws IOException {
    Handbook h = outcome().handbook();
    List<String> briefOwns =
        List.of(
            "execution-os",
            "performance-intelligence",
            "marketing-tooling",
            "ai-workflows",
            "post-mortems-learning",
            "execution-enablement");
    List<String> briefExcludes =
        List.of(
            "marketing-strategy", "messaging-positioning", "marketing-budget", "revenue-targets");
    Placement marketing = placement(h, "cmo");
    assertEquals(briefOwns, marketing.owns().stream().map(r -> r.value()).toList());
    assertTrue(
        marketing.doesNotOwn().stream().map(r -> r.value()).toList().containsAll(briefExcludes));
    Placement revops = placement(h, "revops");
    assertTrue(
        revops.doesNotOwn().stream().map(r -> r.value()).toList().containsAll(briefExcludes));
    for (var ref : revops.owns()) {
      if (!briefOwns.contains(ref.value())) {
        Area area =
            h.charter().areas().stream()
                .filter(a -> a.id().equals(ref.value()))
                .findFirst()
                .orElseThrow();
        assertTrue(
            revops
                .rationale()
                .toLowerCase(Locale.ROOT)
                .contains(area.name().toLowerCase(Locale.ROOT)),
            "the RevOps rationale names " + area.name());
      }
    }
  }

  private static Placement placement(Handbook h, String reportsTo) {
    return h.charter().placements().stream()
        .filter(p -> p.reportsTo().value().equals(reportsTo))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void noPrivateContextFromTheSeedAppearsInTheContent() throws IOException {
    List<String> leaks = new ArrayList<>();
    try (Stream<Path> files = Files.walk(TestHandbooks.SHIPPED)) {
      Path mine = TestHandbooks.SHIPPED.resolve("private"); // the author's own, never shared
      for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(mine)).toList()) {
        String text = Files.readString(f).toLowerCase(Locale.ROOT);
        for (String word : PRIVATE) {
          if (text.contains(word)) {
            leaks.add(f.getFileName() + ": " + word);
          }
        }
        assertTrue(
            !text.contains("‚Äî") && !text.contains("‚Äô"),
            f + " has the seed's double-encoded dashes");
      }
    }
    assertEquals(List.of(), leaks);
  }

  @Test
  void everyWorkflowHasTheNineSectionsWithContent() throws IOException {
    for (Workflow w : outcome().handbook().workflows()) {
      assertEquals(
          List.of(
              "Objective",
              "Trigger",
              "Inputs",
              "Processing",
              "Outputs",
              "Consumers",
              "Decisions Informed",
              "Quality Checks",
              "Failure & Feedback Loop"),
          w.body().sections().stream().map(s -> s.heading()).toList(),
          w.file());
      assertTrue(w.body().sections().stream().allMatch(s -> s.hasContent()), w.file());
    }
  }
}

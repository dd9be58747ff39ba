package dev.handbook.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.TestHandbooks;
import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `serve` runs the pipeline again after every save. Whatever was edited, what it then serves is
 * what `build --audience author` writes for the same content, file for file, byte for byte; and an
 * edit of prose alone renders only that workflow's page and the search index.
 */
class ServePipelineTest {
  private static final String LR = "workflows/execution/launch-readiness.md";
  @TempDir Path root;
  Pipeline serve;
  int builds;

  @BeforeEach
  void start() throws IOException {
    TestHandbooks.fixtureIn(root);
    serve = new Pipeline(Pipeline.Settings.of(root.resolve("content"), this::display));
    Served first = serve.serve(List.of());
    assertFalse(first.failed(), first.findings().toString());
    assertSameAsTheBuildCommand(first);
  }

  private String display(Path p) {
    return root.relativize(p).toString().replace('\\', '/');
  }

  private Path file(String relative) {
    return root.resolve("content").resolve(relative);
  }

  /** Runs `handbook build` on the same content into a fresh folder and compares every file. */
  private void assertSameAsTheBuildCommand(Served served) {
    Path out = root.resolve("built-" + ++builds);
    CliRun run = CliRun.in(root, "build", "--audience", "author", "--out", out.toString());
    assertEquals(0, run.status(), run.out() + run.err());
    Map<String, byte[]> built = files(out);
    built.remove(SiteWriter.MARKER);
    assertEquals(new TreeSet<>(built.keySet()), new TreeSet<>(served.site().keySet()));
    for (var e : built.entrySet()) {
      assertTrue(
          Arrays.equals(e.getValue(), served.site().get(e.getKey())),
          e.getKey() + " differs between serve and build");
    }
  }

  private static Map<String, byte[]> files(Path dir) {
    Map<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path f : walk.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  @Test
  void aProseEditRendersOnlyThatWorkflowAndTheSearchIndex() throws IOException {
    TestHandbooks.edit(
        root, LR, "Every launch reaches its date", "Every launch reaches its planned date");
    Served served = serve.serve(List.of(file(LR)));
    assertEquals(
        Set.of("workflows/launch-readiness.html", "assets/search-index.js"), served.rendered());
    assertTrue(
        new String(served.site().get("workflows/launch-readiness.html"))
            .contains("its planned date"));
    assertSameAsTheBuildCommand(served);
  }

  @Test
  void proseEditsOneAfterAnotherKeepEveryEditInTheSearchIndex() throws IOException {
    TestHandbooks.edit(
        root, LR, "Every launch reaches its date", "Every launch reaches its zanzibar date");
    serve.serve(List.of(file(LR)));
    String pm = "workflows/learning/launch-post-mortem.md";
    TestHandbooks.edit(
        root,
        pm,
        "Turn each launch into a changed playbook.",
        "Turn each launch into a changed Quokka playbook.");
    Served served = serve.serve(List.of(file(pm)));
    assertEquals(
        Set.of("workflows/launch-post-mortem.html", "assets/search-index.js"), served.rendered());
    String index = new String(served.site().get("assets/search-index.js"));
    assertTrue(
        index.contains("zanzibar") && index.contains("Quokka"),
        "the first edit is still searchable");
    assertSameAsTheBuildCommand(served);
  }

  @Test
  void aProseEditThatAddsLinesAboveTheListsStillRendersOnlyItsOwnPage() throws IOException {
    TestHandbooks.edit(
        root,
        LR,
        "Every launch reaches its date",
        "Every launch\n\nreaches its date\n\nwith room to spare");
    Served served = serve.serve(List.of(file(LR)));
    assertEquals(
        Set.of("workflows/launch-readiness.html", "assets/search-index.js"), served.rendered());
    assertSameAsTheBuildCommand(served);
  }

  @Test
  void aFrontMatterEditRendersEveryPageThatShowsIt() throws IOException {
    TestHandbooks.edit(root, LR, "title: Launch Readiness Review", "title: Launch Readiness Gate");
    Served served = serve.serve(List.of(file(LR)));
    assertTrue(served.rendered().contains("index.html"));
    assertTrue(
        new String(served.site().get("workflows/launch-post-mortem.html"))
            .contains("Launch Readiness Gate"));
    assertSameAsTheBuildCommand(served);
  }

  @Test
  void aListItemEditShowsOnThePartyPages() throws IOException {
    TestHandbooks.edit(root, LR, "@cmo", "@demand");
    Served served = serve.serve(List.of(file(LR)));
    assertSameAsTheBuildCommand(served);
  }

  @Test
  void charterFreePageTemplateAndAssetEditsMatchTheBuild() throws IOException {
    TestHandbooks.edit(root, "charter.yaml", "name: Sales }", "name: Field Sales }");
    assertSameAsTheBuildCommand(serve.serve(List.of(file("charter.yaml"))));

    Path glossary = file("pages/glossary.md");
    Files.writeString(glossary, Files.readString(glossary) + "\nA new line about @cmo.\n");
    assertSameAsTheBuildCommand(serve.serve(List.of(glossary)));

    Files.createDirectories(root.resolve("templates/assets"));
    Files.writeString(
        root.resolve("templates/page.ftlh"),
        "<#import \"layout.ftlh\" as l><@l.page><p>custom</p></@l.page>");
    Served templated = serve.serve(List.of(root.resolve("templates/page.ftlh")));
    assertTrue(new String(templated.site().get("pages/glossary.html")).contains("<p>custom</p>"));
    assertSameAsTheBuildCommand(templated);

    Files.writeString(root.resolve("templates/assets/extra.css"), "p { color: black; }\n");
    assertSameAsTheBuildCommand(serve.serve(List.of(root.resolve("templates/assets/extra.css"))));
  }

  @Test
  void addingAndDeletingWorkflowsMatchTheBuild() throws IOException {
    TestHandbooks.write(
        root,
        "workflows/learning/second.md",
        Files.readString(file("workflows/learning/launch-post-mortem.md"))
            .replace("id: launch-post-mortem", "id: second"));
    Served added = serve.serve(List.of(file("workflows/learning/second.md")));
    assertTrue(added.site().containsKey("workflows/second.html"));
    assertSameAsTheBuildCommand(added);

    Files.delete(file("workflows/learning/second.md"));
    Served removed = serve.serve(List.of(file("workflows/learning/second.md")));
    assertFalse(removed.site().containsKey("workflows/second.html"));
    assertSameAsTheBuildCommand(removed);
  }

  @Test
  void anErrorKeepsTheLastGoodSiteAndReportsWhatCheckReportsThenRecovers() throws IOException {
    Map<String, byte[]> good = serve.served().site();
    TestHandbooks.edit(root, LR, "owner: mops", "owner: nobody");
    Served broken = serve.serve(List.of(file(LR)));
    assertTrue(broken.failed());
    assertEquals(good, broken.site());
    CliRun check = CliRun.in(root, "check");
    assertEquals(
        check.out().lines().filter(l -> l.contains(": error: ")).toList(),
        broken.findings().stream().map(f -> f.toText()).toList(),
        "serve reports what check reports");

    TestHandbooks.edit(root, LR, "owner: nobody", "owner: mops");
    Served fixed = serve.serve(List.of(file(LR)));
    assertFalse(fixed.failed());
    assertTrue(fixed.version() > broken.version());
    assertSameAsTheBuildCommand(fixed);
  }

  @Test
  void aFileChangedOnDiskIsReadAgainEvenWhenNoSaveWasReported() throws IOException {
    TestHandbooks.edit(
        root, LR, "Every launch reaches its date", "Every launch reaches its quiet date");
    Files.setLastModifiedTime(file(LR), FileTime.fromMillis(System.currentTimeMillis() + 5000));
    Served served = serve.serve(List.of());
    assertTrue(
        new String(served.site().get("workflows/launch-readiness.html"))
            .contains("its quiet date"));
    assertSameAsTheBuildCommand(served);
  }
}

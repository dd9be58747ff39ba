package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The smoke test: the packaged jar, and the ./handbook wrapper that the README names, run as
 * processes against the shipped content/, exactly as a user runs them.
 */
class ShippedHandbookIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  record Run(int status, String out, String err) {}

  static Run run(List<String> command) throws IOException, InterruptedException {
    Path out = Files.createTempFile("handbook-out", ".txt");
    Path err = Files.createTempFile("handbook-err", ".txt");
    Process p =
        new ProcessBuilder(command)
            .directory(PROJECT.toFile())
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + command);
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  static List<String> jar(String... args) {
    List<String> cmd =
        new ArrayList<>(List.of("java", "-jar", PROJECT.resolve("target/handbook.jar").toString()));
    cmd.addAll(List.of(args));
    return cmd;
  }

  @Test
  void theShippedHandbookChecksCleanEvenUnderStrict() throws Exception {
    Run run = run(jar("check", "--strict"));
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(
        run.out().matches("0 errors, 0 warnings, 0 infos in \\d+ workflows, 2 placements\\n"),
        run.out());
  }

  @Test
  void theWrapperRunsTheReadmeQuickStart() throws Exception {
    Run run = run(List.of("./handbook", "check"));
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().startsWith("0 errors, 0 warnings"), run.out());
  }

  @Test
  void theShippedHandbookBuildsIntoALinkedSite(@TempDir Path temp) throws Exception {
    Path site = temp.resolve("site");
    Run run = run(jar("build", "--out", site.toString()));
    assertEquals(0, run.status(), run.out() + run.err());
    assertTrue(run.out().endsWith("built " + site + "/index.html\n"), run.out());

    Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
    List<String> workflowLinks = index.select(".sidebar .nav-workflows a").eachAttr("href");
    long workflowFiles;
    try (Stream<Path> files = Files.list(PROJECT.resolve("content/workflows"))) {
      workflowFiles =
          files
              .flatMap(
                  dir -> {
                    try (Stream<Path> inner = Files.list(dir)) {
                      return inner.toList().stream();
                    } catch (IOException e) {
                      throw new UncheckedIOException(e);
                    }
                  })
              .count();
    }
    assertEquals(workflowFiles, workflowLinks.size(), "the index links every workflow");
    for (String href : workflowLinks) {
      Document page = Jsoup.parse(site.resolve(href).toFile(), "UTF-8");
      assertEquals(9, page.select("section.section").size(), href);
      assertEquals("../index.html", page.selectFirst(".breadcrumbs a").attr("href"), href);
    }
  }
}

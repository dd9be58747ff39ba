package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Heading;
import dev.handbook.TestHandbooks;
import dev.handbook.findings.Finding;
import dev.handbook.model.Prose;
import dev.handbook.site.Pipeline;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test suite no one here wrote: every example of the CommonMark spec, the GFM spec and the cmark
 * and commonmark.js regression files (from org.commonmark:commonmark-test-util), placed in a
 * workflow's Objective section.
 *
 * <ul>
 *   <li>The section renders byte for byte as Flexmark 0.64.8 alone renders the example, with the
 *       tool's one configuration, apart from the documented rewrites: a mention or workflow link
 *       becomes a link when it names something (compared here as written), and raw HTML and images
 *       go through the safelist.
 *   <li>Check and build agree: every example that checks clean builds, and every finding of one
 *       that does not points at the example's lines in its `.md` file.
 * </ul>
 *
 * Examples left out of the rendering comparison are counted by reason, and the reasons are
 * asserted: nothing is left out silently.
 */
class CommonMarkSpecTest {
  private static final MarkdownReader READER = new MarkdownReader();
  private static final String OBJECTIVE = "## Objective\n\n";
  private static List<Example> examples;

  @BeforeAll
  static void readTheSpecs() {
    List<URL> files = new ArrayList<>();
    files.add(TestResources.getSpec());
    files.add(TestResources.getGfmSpec());
    files.addAll(TestResources.getRegressions());
    Map<String, Example> unique = new LinkedHashMap<>();
    for (URL file : files) {
      for (Example e : ExampleReader.readExamples(file)) {
        unique.putIfAbsent(e.getSource(), e);
      }
    }
    examples = List.copyOf(unique.values());
  }

  /** Why an example is not compared, or null when it is. */
  private static String leftOut(String source) {
    if (MarkdownLimits.check(OBJECTIVE + source, "x.md", 0).isPresent()) {
      return "past the reader's limits: a markdown-syntax finding, not a page";
    }
    int h2 = 0;
    var doc = Markdown.parse(OBJECTIVE + source);
    for (var node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h && h.getLevel() == 2) {
        h2++;
      }
    }
    if (h2 != 1) {
      return "holds a level-2 heading, which opens a section of its own";
    }
    return null;
  }

  /** The Objective section as the workflow page shows it, holes written as typed. */
  private static String section(String source) {
    Prose prose = READER.read(OBJECTIVE + source, "x.md", 0, true).prose();
    return prose
        .fill(prose.sections().get(0), i -> Markdown.asWritten(prose.holes().get(i)))
        .strip();
  }

  /**
   * Flexmark alone on the same body (the example in its section: Flexmark parses some examples
   * differently after a heading), the section taken from after its heading; through the safelist
   * when it holds raw HTML or images.
   */
  private static String flexmark(String source) {
    var doc = Markdown.parse(OBJECTIVE + source);
    String html = FastHtmlTest.flexmark(OBJECTIVE + source);
    String heading = "<h2>Objective</h2>\n";
    assertTrue(html.startsWith(heading), html);
    html = html.substring(heading.length()).strip();
    if (ProseRenderer.needsCleaning(doc)) {
      html = Sanitizer.clean(html, Prose.MARK, false).get(0);
    }
    return html.strip();
  }

  @Test
  void everyExampleRendersAsFlexmarkAloneRendersIt() {
    Map<String, Integer> reasons = new TreeMap<>();
    List<String> differ = new ArrayList<>();
    int compared = 0;
    for (Example e : examples) {
      String why = leftOut(e.getSource());
      if (why != null) {
        reasons.merge(why, 1, Integer::sum);
        continue;
      }
      compared++;
      String expected = flexmark(e.getSource());
      String actual = section(e.getSource());
      if (!expected.equals(actual)) {
        differ.add(
            e
                + "\n--- source:\n"
                + e.getSource()
                + "--- flexmark:\n"
                + expected
                + "\n--- page:\n"
                + actual);
      }
    }
    assertEquals(List.of(), differ, differ.size() + " of " + compared + " examples differ");
    // What is left out, and why: every reason is one the tool means.
    assertTrue(
        List.of(
                "holds a level-2 heading, which opens a section of its own",
                "past the reader's limits: a markdown-syntax finding, not a page")
            .containsAll(reasons.keySet()),
        reasons.toString());
    System.out.println(compared + " examples compared byte for byte; left out: " + reasons);
    assertTrue(
        compared > examples.size() * 9 / 10,
        compared + " of " + examples.size() + " compared: " + reasons);
  }

  @TempDir static Path root;

  @Test
  void everyExampleChecksAndBuildsAlikeWithFindingsAtItsLines() throws IOException {
    TestHandbooks.fixtureIn(root);
    Path dir = root.resolve("content/workflows/execution");
    String template = Files.readString(dir.resolve("launch-readiness.md"));
    String paragraph = "Every launch reaches its date with assets, routing and tracking in place.";
    int before = template.substring(0, template.indexOf(paragraph)).split("\n", -1).length;
    Map<String, int[]> lines = new TreeMap<>();
    for (int i = 0; i < examples.size(); i++) {
      String id = "example-" + i;
      String source = examples.get(i).getSource();
      String text =
          template
              .replace("id: launch-readiness", "id: " + id)
              .replace("title: Launch Readiness Review", "title: Example " + i)
              .replace("status: active", "status: backlog")
              .replace(paragraph, source.isBlank() ? "blank" : source.stripTrailing());
      Files.writeString(dir.resolve(id + ".md"), text);
      int objective = before - 2; // the Objective heading
      lines.put(
          "content/workflows/execution/" + id + ".md",
          new int[] {objective, before + source.split("\n", -1).length});
    }
    Pipeline.Settings settings =
        Pipeline.Settings.of(
            root.resolve("content"), p -> root.relativize(p).toString().replace('\\', '/'));
    List<Finding> findings = new Pipeline(settings).check().findings();
    Map<String, List<Finding>> byFile =
        findings.stream().collect(Collectors.groupingBy(f -> f.pos().file()));
    List<String> astray = new ArrayList<>();
    for (Finding f : findings) {
      int[] range = lines.get(f.pos().file());
      if (range == null || f.pos().line() < range[0] || f.pos().line() > range[1]) {
        astray.add(f.toText());
      }
    }
    assertEquals(List.of(), astray, "every finding points at its example's lines");

    // Build a handbook of the examples that checked clean: it must build.
    for (String file : byFile.keySet()) {
      Files.delete(root.resolve(file));
    }
    int clean = examples.size() - byFile.size();
    Pipeline.Outcome built = new Pipeline(settings).build(root.resolve("site"), false);
    assertTrue(
        built.published(),
        "every example that checks clean builds: "
            + built.findings().stream().map(Finding::toText).limit(20).toList());
    assertTrue(clean > examples.size() / 2, clean + " of " + examples.size() + " check clean");
  }
}

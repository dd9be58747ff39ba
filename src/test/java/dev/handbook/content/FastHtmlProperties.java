package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.handbook.TestHandbooks;
import dev.handbook.model.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The fast section writer must give Flexmark's bytes, or give up and leave the body to Flexmark.
 * Checked on every workflow shipped and on random bodies built from the Markdown workflows use (and
 * some they should not), so a difference in any construct shows up as a failing case.
 */
class FastHtmlProperties {
  private static final Parser PARSER;

  static {
    MutableDataSet options = new MutableDataSet();
    options.set(
        Parser.EXTENSIONS,
        List.of(
            TablesExtension.create(), StrikethroughExtension.create(), HandbookSyntax.create()));
    PARSER = Parser.builder(options).build();
  }

  private final ProseRenderer flexmark = new ProseRenderer();

  /**
   * Fast sections, or null when the walk gave up; asserts they equal Flexmark's, holes filled the
   * same way.
   */
  private List<String> same(String markdown) {
    Document fastDoc = PARSER.parse(markdown);
    List<Prose.Hole> fastHoles = new ArrayList<>();
    List<String> fast = FastHtml.sections(fastDoc, fastHoles);
    if (fast == null) {
      assertEquals(List.of(), fastHoles, "a walk that gave up leaves no holes behind");
      return null;
    }
    Document slowDoc = PARSER.parse(markdown);
    List<Prose.Hole> slowHoles = new ArrayList<>();
    List<String> slow = flexmark.flexmarkSections(slowDoc, slowHoles);
    assertEquals(filled(slow, slowHoles), filled(fast, fastHoles), markdown);
    return fast;
  }

  /** Holes numbered differently in the two renders compare by what they stand for. */
  private static List<String> filled(List<String> sections, List<Prose.Hole> holes) {
    return sections.stream().map(s -> Prose.fill(s, i -> "{" + holes.get(i) + "}")).toList();
  }

  @Test
  void everyShippedWorkflowTakesTheFastPathWithFlexmarksBytes() throws IOException {
    int fast = 0;
    int all = 0;
    for (Path root : List.of(TestHandbooks.SHIPPED, TestHandbooks.FIXTURE)) {
      try (Stream<Path> files = Files.walk(root.resolve("workflows"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
          String body = FrontMatter.split(Files.readString(f)).orElseThrow().body();
          all++;
          if (same(body) != null) {
            fast++;
          }
        }
      }
    }
    assertTrue(all > 20, "read the shipped workflows");
    assertEquals(all, fast, "every shipped workflow is plain workflow Markdown");
  }

  @Test
  void aTypicalBodyTakesTheFastPath() {
    List<String> sections =
        same(
            """
        ## Objective

        Text with *em*, **strong**, ~~gone~~, `code`, a [link](../x/y.md#inputs) and [out](https://example.com/?a=1&b=2).
        Escapes \\* and &amp; &copy; and 1 < 2 > 0 "quotes" 'single' @demand [[wf-1#outputs]].

        ## Inputs

        - one @cmo
        - two [[wf-2]]
          1. nested
          2. more

        3. three
        4. four

        | A | B | C |
        |:--|:-:|--:|
        | a | `b` | [[c]] |

        > quoted

        ---
        """);
    assertNotNull(sections, "the walk handles what workflows are written in");
    assertEquals(2, sections.size());
  }

  /** What workflows are written in: the walk must handle these. */
  private static final List<String> PIECES =
      List.of(
          "plain words",
          "*em*",
          "**strong**",
          "~~del~~",
          "`code`",
          "`` a`b ``",
          "@demand",
          "@cmo,",
          "ops@example.com",
          "[[wf-1]]",
          "[[wf-2#outputs]]",
          "[[ x # y ]]",
          "[l](a.md)",
          "[l](../b/c.md#d)",
          "[l](https://x.y/?a&b)",
          "[l](#frag)",
          "[l](<a b.md>)",
          "&amp;",
          "&copy;",
          "&#35;",
          "\\*",
          "\\@x",
          "a  \nhard",
          "x\\\ny",
          "<",
          ">",
          "\"",
          "'",
          "&",
          "é ü",
          "_under_",
          "***both***",
          "[[",
          "]]",
          "[a]",
          "*",
          "**");

  /** What the walk may leave to Flexmark; rarer, so most bodies still take the fast path. */
  private static final List<String> RARE =
      List.of(
          "` padded `",
          "[l](a.md \"title\")",
          "[r][ref]",
          "<https://auto.link>",
          "<b>raw</b>",
          "![img](i.png)");

  private static final List<String> BLOCKS =
      List.of(
          "", "- ", "* ", "1. ", "3) ", "> ", "  - ", "    ", "### ", "# ", "| ", "```\n", "***\n",
          "- [ ] ", "1. - ");

  @Provide
  Arbitrary<String> bodies() {
    Arbitrary<String> piece =
        Arbitraries.frequencyOf(
            Tuple.of(40, Arbitraries.of(PIECES)), Tuple.of(1, Arbitraries.of(RARE)));
    Arbitrary<String> line = piece.list().ofMinSize(1).ofMaxSize(6).map(l -> String.join(" ", l));
    Arbitrary<String> block = Arbitraries.of(BLOCKS).flatMap(prefix -> line.map(l -> prefix + l));
    Arbitrary<String> table =
        line.map(l -> "| A | B |\n|---|:-:|\n| " + l.replace("|", "\\|") + " | x |");
    Arbitrary<String> section =
        Arbitraries.oneOf(block, block, block, table)
            .list()
            .ofMinSize(1)
            .ofMaxSize(6)
            .flatMap(blocks -> Arbitraries.of("\n", "\n\n").map(sep -> String.join(sep, blocks)));
    return section
        .list()
        .ofMinSize(1)
        .ofMaxSize(4)
        .map(
            s -> {
              StringBuilder b = new StringBuilder("[ref]: ../r.md\n\n");
              for (int i = 0; i < s.size(); i++) {
                b.append("## Section ").append(i).append("\n\n").append(s.get(i)).append("\n\n");
              }
              return b.toString();
            });
  }

  @Property(tries = 2000)
  void fastOrNotAtAllNeverDifferent(@ForAll("bodies") String body) {
    Statistics.label("path").collect(same(body) == null ? "flexmark" : "fast");
    // The property proves nothing if the walk always gives up: a fair share must take the fast
    // path.
    Statistics.label("path").coverage(c -> c.check("fast").percentage(p -> p > 5));
  }
}

package dev.handbook.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import dev.handbook.Generated;
import dev.handbook.TestHandbooks;
import dev.handbook.model.Prose;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The fast writer must give Flexmark's own bytes, or give up and leave the body to Flexmark's
 * renderer. It is held to Flexmark alone (the tool's one configuration, with mentions and workflow
 * links written as they were typed), not to the tool's own fallback: on every workflow shipped, and
 * on generated bodies built mostly from the Markdown workflows are written in, with rarer
 * constructs mixed in so giving up is exercised too.
 */
class FastHtmlTest {
  /** Flexmark's renderer with nothing of the handbook's: mentions and links as typed. */
  private static final HtmlRenderer FLEXMARK =
      HtmlRenderer.builder(Markdown.OPTIONS).nodeRendererFactory(options -> new AsTyped()).build();

  private static final class AsTyped implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(
              MentionNode.class, (node, ctx, html) -> html.text(node.getChars().toString())),
          new NodeRenderingHandler<>(
              WorkflowLinkNode.class, (node, ctx, html) -> html.text(node.getChars().toString())));
    }
  }

  /** The fast writer's whole document with holes filled as typed, or null when it gave up. */
  static String fast(String markdown) {
    Holes holes = new Holes(Prose.MARK);
    FastHtml.Written written = FastHtml.document(Markdown.parse(markdown), holes);
    if (written == null) {
      assertEquals(List.of(), holes.list, "a walk that gave up leaves no holes behind");
      return null;
    }
    Prose prose = new Prose(List.of(), "", holes.list, holes.mark);
    return prose.fill(written.html(), i -> Markdown.asWritten(holes.list.get(i)));
  }

  static String flexmark(String markdown) {
    return FLEXMARK.render(Markdown.parse(markdown));
  }

  /** Fast and Flexmark agree, or the walk gave up; true when it took the fast path. */
  static boolean agree(String markdown) {
    String fast = fast(markdown);
    if (fast == null) {
      return false;
    }
    assertEquals(flexmark(markdown), fast, markdown);
    return true;
  }

  @Test
  void everyShippedWorkflowTakesTheFastPathWithFlexmarksBytes() throws IOException {
    int all = 0;
    for (Path root : List.of(TestHandbooks.SHIPPED, TestHandbooks.FIXTURE)) {
      try (Stream<Path> files = Files.walk(root.resolve("workflows"))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).toList()) {
          String body = FrontMatter.split(Files.readString(f)).orElseThrow().body();
          all++;
          assertTrue(agree(body), f + " takes the fast path");
        }
      }
    }
    assertTrue(all > 20, "read the shipped workflows: " + all);
  }

  @Test
  void aTypicalBodyTakesTheFastPathAndSplitsIntoItsSections() {
    String body =
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
        """;
    assertTrue(agree(body), "the walk handles what workflows are written in");
    List<String> sections = FastHtml.sections(Markdown.parse(body), new Holes(Prose.MARK));
    assertNotNull(sections);
    assertEquals(2, sections.size());
    assertTrue(sections.get(1).startsWith("<ul>"), sections.get(1));
  }

  @Test
  void whatTheWalkDoesNotKnowItLeavesToFlexmark() {
    for (String rare :
        List.of(
            "## A\n\n```\ncode\n```\n",
            "## A\n\n    indented code\n",
            "## A\n\n<b>raw</b>\n",
            "## A\n\n![img](i.png)\n",
            "## A\n\n[l](a.md \"title\")\n")) {
      assertEquals(null, fast(rare), rare);
    }
  }

  /** What workflows are written in: the walk must handle these. */
  private static final List<String> PIECES =
      List.of(
          "plain words",
          "*em*",
          "**strong**",
          "~~del~~",
          "`code`",
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
          "`` a`b ``",
          "[l](<a b.md>)",
          "[l](a.md \"title\")",
          "<https://auto.link>",
          "<b>raw</b>",
          "![img](i.png)",
          "[r][ref]",
          "[ref]");

  private static final List<String> BLOCKS =
      List.of("", "", "", "- ", "* ", "1. ", "3) ", "> ", "  - ", "### ", "# ", "- [ ] ", "1. - ");

  private static final List<String> RARE_BLOCKS = List.of("    ", "```\n", "***\n", "| ");

  static String body(Random r) {
    StringBuilder b = new StringBuilder("[ref]: ../r.md\n\n");
    int sections = 1 + r.nextInt(4);
    for (int s = 0; s < sections; s++) {
      b.append("## Section ").append(s).append("\n\n");
      int blocks = 1 + r.nextInt(5);
      List<String> parts = new ArrayList<>();
      for (int k = 0; k < blocks; k++) {
        if (r.nextInt(8) == 0) {
          parts.add("| A | B |\n|---|:-:|\n| " + line(r).replace("|", "\\|") + " | x |");
          continue;
        }
        String prefix =
            r.nextInt(100) == 0 ? Generated.oneOf(r, RARE_BLOCKS) : Generated.oneOf(r, BLOCKS);
        parts.add(prefix + line(r));
      }
      b.append(String.join(r.nextBoolean() ? "\n" : "\n\n", parts)).append("\n\n");
    }
    return b.toString();
  }

  private static String line(Random r) {
    int n = 1 + r.nextInt(6);
    List<String> words = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      words.add(r.nextInt(250) == 0 ? Generated.oneOf(r, RARE) : Generated.oneOf(r, PIECES));
    }
    return String.join(" ", words);
  }

  @Test
  void generatedBodiesAreFlexmarksBytesOrLeftToFlexmark() {
    AtomicInteger fastOnes = new AtomicInteger();
    int tries = 3000;
    Generated.forAll(
        "fast-or-flexmark",
        tries,
        FastHtmlTest::body,
        body -> {
          if (agree(body)) {
            fastOnes.incrementAndGet();
          }
        });
    // The comparison proves nothing for bodies the walk gives up on: most must take the fast path.
    assertTrue(
        fastOnes.get() > tries * 8 / 10,
        "only " + fastOnes.get() + " of " + tries + " bodies took the fast path");
  }
}

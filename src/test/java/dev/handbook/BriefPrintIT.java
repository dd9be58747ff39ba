package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * SPEC §7: each brief prints on exactly one sheet of A4 and of US Letter, with body text of at
 * least 9 pt, and the printed text holds every area and keystone workflow the page shows. Printed
 * by headless Chromium as a reader's browser prints (the page's own margins, no header or footer),
 * read back with PDFBox. Both audiences: the author's copy adds its banner and a badge.
 */
class BriefPrintIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  /** Paper sizes in inches, as Chromium's printToPDF takes them. */
  private static final Map<String, double[]> PAPER =
      Map.of("A4", new double[] {8.27, 11.69}, "Letter", new double[] {8.5, 11.0});

  @TempDir static Path temp;
  static Chromium chromium;
  static ChromeDriver driver;
  static List<Path> briefs = new ArrayList<>();

  @BeforeAll
  static void buildAndStart() throws IOException {
    Path content = temp.resolve("handbook/content");
    TestHandbooks.copyTree(PROJECT.resolve("content"), content);
    TestHandbooks.write(
        temp.resolve("handbook"), "private/author.yaml", "preferred: revops-gtm-engine\n");
    for (String audience : List.of("shared", "author")) {
      Path out = temp.resolve(audience);
      CliRun run =
          CliRun.in(
              temp.resolve("handbook"), "build", "--audience", audience, "--out", out.toString());
      assertEquals(0, run.status(), run.out() + run.err());
      briefs.add(out.resolve("brief.html"));
      try (Stream<Path> one = Files.list(out.resolve("brief"))) {
        briefs.addAll(one.sorted().toList());
      }
    }
    chromium = Chromium.start(temp.resolve("profile"));
    driver = chromium.driver;
  }

  @AfterAll
  static void stop() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Prints the open page on the paper, with the margins the page's own CSS asks for. */
  static byte[] print(String paper) {
    Map<String, Object> params =
        Map.of(
            "paperWidth", PAPER.get(paper)[0],
            "paperHeight", PAPER.get(paper)[1],
            "printBackground", true,
            "displayHeaderFooter", false,
            "preferCSSPageSize", true);
    Map<String, Object> result = driver.executeCdpCommand("Page.printToPDF", params);
    return Base64.getDecoder().decode((String) result.get("data"));
  }

  /** The PDF's text and the smallest font size it prints a letter in. */
  record Printed(int pages, String text, float smallest) {}

  static Printed read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float[] smallest = {Float.MAX_VALUE};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions)
                throws IOException {
              for (TextPosition p : positions) {
                if (!p.getUnicode().isBlank()) {
                  smallest[0] = Math.min(smallest[0], p.getFontSizeInPt());
                }
              }
              super.writeString(text, positions);
            }
          };
      String text = stripper.getText(doc);
      return new Printed(doc.getNumberOfPages(), text, smallest[0]);
    }
  }

  static String squeeze(String s) {
    return s.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
  }

  @Test
  void eachBriefPrintsOnOneSheetOfA4AndOfLetterWithEverythingItShows() throws IOException {
    assertEquals(6, briefs.size(), "brief.html and one per placement, in both audiences");
    List<String> problems = new ArrayList<>();
    for (Path brief : briefs) {
      driver.get(brief.toUri().toString());
      Document page = Jsoup.parse(brief.toFile(), "UTF-8");
      List<String> shown = new ArrayList<>();
      page.select(".brief-placement h3:containsOwn(Owns) + ul li").eachText().forEach(shown::add);
      for (String group : page.select(".brief-placement h3 + ul li").eachText()) {
        // "A; B: Owner" lists areas A and B with their owner.
        for (String area : group.replaceFirst(":[^:]*$", "").split("; ")) {
          shown.add(area);
        }
      }
      shown.addAll(page.select("#brief-keystones + p a").eachText());
      String name = temp.relativize(brief).toString();
      for (String paper : List.of("A4", "Letter")) {
        Printed printed = read(print(paper));
        if (printed.pages() != 1) {
          problems.add(name + " on " + paper + ": " + printed.pages() + " pages");
        }
        if (printed.smallest() < 9f) {
          problems.add(name + " on " + paper + ": text at " + printed.smallest() + " pt");
        }
        String text = squeeze(printed.text());
        for (String item : shown) {
          if (!text.contains(squeeze(item))) {
            problems.add(name + " on " + paper + ": \"" + item + "\" is not in the printed text");
          }
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckerSeesASecondPageAndSmallText() throws IOException {
    // Guards the test above: a page made too long, with small print, must be caught.
    driver.get(briefs.get(0).toUri().toString());
    driver.executeScript(
        "const p = document.createElement('p'); p.style.fontSize = '6pt';"
            + " p.textContent = 'small print ' + 'x '.repeat(40);"
            + " document.querySelector('.brief').append(p);"
            + " const tall = document.createElement('div'); tall.style.height = '40cm';"
            + " document.querySelector('.brief').append(tall);");
    Printed printed = read(print("A4"));
    assertTrue(printed.pages() > 1, "a second page is counted");
    assertTrue(printed.smallest() < 9f, "small text is measured: " + printed.smallest());
  }
}

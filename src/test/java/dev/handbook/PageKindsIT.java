package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import dev.handbook.cli.CliRun;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every kind of page of both handbooks, as its readers see it: the shipped content built as the
 * shared handbook and as the author's copy (with a preference and a private page, in a copy of the
 * content), opened from file:// in headless Chromium on a 390 px phone and a 1280 px laptop. On
 * each page nothing reaches past the right edge of the screen unless it is inside a box that
 * scrolls sideways, the page itself does not scroll sideways, its h1 is on the first screen, and
 * axe-core (every default rule) finds no violation. Printed to PDF on A4 and US Letter, no sheet
 * but the last ends with a heading. The pages are every page at the top of the site and the first
 * page of each folder, so a page kind added later is checked without a change here. The guard tests
 * plant each kind of defect and prove that the checks report it.
 */
class PageKindsIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  /** A screen as a reader holds it: the viewport's size in CSS pixels. */
  record Screen(String name, int width, int height, boolean mobile) {
    @Override
    public String toString() {
      return name + " (" + width + "x" + height + ")";
    }
  }

  static final Screen PHONE = new Screen("phone", 390, 844, true);
  static final Screen LAPTOP = new Screen("laptop", 1280, 900, false);

  /**
   * What the reader's screen shows of the open page: the viewport, how wide the document is, where
   * the h1 starts, and each element whose right edge is past the viewport's, unless an element
   * around it scrolls sideways (the root and body excepted: they are the page). Each offender is
   * named by a CSS path.
   */
  private static final String LAYOUT =
      """
      function path(e) {
        var parts = [];
        for (; e && e.nodeType === 1 && e !== document.documentElement; e = e.parentElement) {
          var s = e.localName;
          if (e.id) { parts.unshift(s + '#' + e.id); break; }
          if (e.classList.length) { s += '.' + Array.from(e.classList).join('.'); }
          var i = 1, x = e;
          while ((x = x.previousElementSibling)) { if (x.localName === e.localName) { i++; } }
          parts.unshift(s + ':nth-of-type(' + i + ')');
        }
        return parts.join(' > ');
      }
      function insideASideScroller(e) {
        for (var a = e.parentElement; a && a !== document.body; a = a.parentElement) {
          var o = getComputedStyle(a).overflowX;
          if (o === 'auto' || o === 'scroll') { return true; }
        }
        return false;
      }
      var edge = document.documentElement.clientWidth, past = [];
      document.querySelectorAll('body *').forEach(function (e) {
        var r = e.getBoundingClientRect();
        if ((r.width > 0 || r.height > 0) && r.right > edge + 0.5 && !insideASideScroller(e)) {
          past.push(path(e) + ' ends at ' + Math.round(r.right) + 'px');
        }
      });
      var h1 = document.querySelector('h1');
      return {
        innerWidth: window.innerWidth,
        innerHeight: window.innerHeight,
        clientWidth: edge,
        scrollWidth: document.documentElement.scrollWidth,
        h1Top: h1 ? h1.getBoundingClientRect().top + window.scrollY : null,
        past: past
      };
      """;

  /** axe-core with its default rules over the whole document, violations one line each. */
  private static final String AXE =
      """
      var done = arguments[arguments.length - 1];
      axe.run(document).then(function (r) {
        done({
          passes: r.passes.length,
          violations: r.violations.map(function (v) {
            return v.id + ' (' + v.impact + '): ' + v.help + ' at '
              + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');
          })
        });
      }, function (e) { done({error: String(e)}); });
      """;

  @TempDir static Path temp;
  static Path shared;
  static Path author;
  static Chromium chromium;
  static ChromeDriver driver;
  static String axeSource;

  @BeforeAll
  static void buildBothHandbooksAndStartTheBrowser() throws Exception {
    Chromium.requireInstalled();
    shared = temp.resolve("site");
    CliRun run = CliRun.in(PROJECT, "build", "--out", shared.toString());
    assertEquals(0, run.status(), run.out() + run.err());

    // The author's copy is built from a copy of content/ (and templates/, which sit beside it), so
    // the private material written here never lands in the repository.
    Path copy = temp.resolve("author");
    TestHandbooks.copyTree(PROJECT.resolve("content"), copy.resolve("content"));
    TestHandbooks.copyTree(PROJECT.resolve("templates"), copy.resolve("templates"));
    String preferred = firstPage(shared, "placements").replaceFirst(".*/(.*)\\.html$", "$1");
    TestHandbooks.write(copy, "private/author.yaml", "preferred: " + preferred + "\n");
    TestHandbooks.write(
        copy,
        "private/open-questions.md",
        "---\ntitle: Open questions\n---\n\n## Before the next review\n\n"
            + "- Who signs off the budget line?\n- What does each leader give up?\n");
    // A git history with a shared version and a change since, so changes.html is written too.
    git(copy, "init", "-q");
    Files.copy(PROJECT.resolve(".gitignore"), copy.resolve(".gitignore")); // private/ stays out
    git(copy, "add", "-A");
    git(copy, "commit", "-q", "-m", "shared");
    git(copy, "tag", "shared-2026-11-01");
    Path charter = copy.resolve("content/charter.yaml");
    Files.writeString(
        charter,
        Files.readString(charter)
            .replaceFirst(
                "(?m)^(    rationale: >-\\n(?:      .*\\n)*)",
                "$1      It was revised after the first review.\n"));
    git(copy, "commit", "-q", "-am", "revised");
    CliRun authorRun = CliRun.in(copy, "build", "--audience", "author");
    assertEquals(0, authorRun.status(), authorRun.out() + authorRun.err());
    author = copy.resolve("site-author");
    assertTrue(Files.isRegularFile(author.resolve("changes.html")), "the changes page is checked");

    axeSource = Files.readString(NpmTools.install().resolve("node_modules/axe-core/axe.min.js"));
    chromium = Chromium.start(temp.resolve("chromium-profile"));
    driver = chromium.driver;
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
  }

  private static void git(Path dir, String... args) throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "git",
                "-c",
                "user.name=Author",
                "-c",
                "user.email=author@example.com",
                "-c",
                "commit.gpgsign=false",
                "-c",
                "tag.gpgsign=false"));
    command.addAll(List.of(args));
    Process p =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, String.join(" ", args) + out);
  }

  @AfterAll
  static void stopTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  @BeforeEach
  void onAPlainScreen() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
  }

  static Stream<Arguments> handbooksAndScreens() {
    return Stream.of(
        arguments("shared", PHONE),
        arguments("shared", LAPTOP),
        arguments("author", PHONE),
        arguments("author", LAPTOP));
  }

  @ParameterizedTest(name = "the {0} handbook on a {1}")
  @MethodSource("handbooksAndScreens")
  void everyPageKindFitsTheScreenShowsItsHeadingFirstAndPassesAxe(String handbook, Screen screen)
      throws IOException {
    Path site = handbook.equals("shared") ? shared : author;
    List<String> pages = pageKinds(site);
    for (String kind :
        List.of(
            "index.html",
            "compare.html",
            "categories.html",
            "scope-map.html",
            "backlog.html",
            "search.html",
            "placements/",
            "workflows/",
            "functions/",
            "pages/")) {
      assertTrue(pages.stream().anyMatch(p -> p.startsWith(kind)), kind + " is not in " + pages);
    }
    if (site == author) {
      for (String kind : List.of("findings.html", "rules/", "private/")) {
        assertTrue(pages.stream().anyMatch(p -> p.startsWith(kind)), kind + " is not in " + pages);
      }
    }

    show(screen);
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      open(site, page);
      problems.addAll(layoutProblems(page, screen));
      problems.addAll(axeProblems(page));
    }
    assertTrue(
        problems.isEmpty(),
        "the "
            + handbook
            + " handbook on a "
            + screen
            + ", "
            + pages.size()
            + " pages:\n"
            + String.join("\n", problems));
  }

  @Test
  void onAPhoneTheScopeMapKeepsAReadableSizeAndScrollsInsideItsOwnBox() {
    show(PHONE);
    open(shared, "scope-map.html");
    @SuppressWarnings("unchecked")
    Map<String, Object> map =
        (Map<String, Object>)
            driver.executeScript(
                "var svg = document.querySelector('svg.scope-map'), box = svg.parentElement;"
                    + " return {width: svg.getBoundingClientRect().width,"
                    + " right: svg.getBoundingClientRect().right,"
                    + " overflowX: getComputedStyle(box).overflowX,"
                    + " scrolls: box.scrollWidth > box.clientWidth,"
                    + " edge: document.documentElement.clientWidth};");
    assertTrue(
        number(map.get("width")) >= 700, "the map shrank to " + map.get("width") + "px: " + map);
    assertTrue(number(map.get("right")) > number(map.get("edge")), "it is wider than the phone");
    assertEquals("auto", map.get("overflowX"));
    assertEquals(Boolean.TRUE, map.get("scrolls"), "its own box scrolls sideways");
    assertEquals(List.of(), layoutProblems("scope-map.html", PHONE), "and the page does not");
  }

  @Test
  void theChecksReportWhatIsPlantedInAPage() {
    show(PHONE);
    open(shared, "index.html");
    assertEquals(List.of(), layoutProblems("index.html", PHONE), "the page is clean at first");
    driver.executeScript(
        "var d = document.createElement('div'); d.className = 'planted-wide';"
            + " d.style.width = '2000px'; d.style.height = '4px';"
            + " document.querySelector('main').appendChild(d);");
    List<String> wide = layoutProblems("index.html", PHONE);
    assertTrue(wide.stream().anyMatch(p -> p.contains("div.planted-wide")), wide.toString());
    assertTrue(wide.stream().anyMatch(p -> p.contains("sideways")), wide.toString());

    open(shared, "index.html");
    driver.executeScript(
        "var d = document.createElement('div'); d.style.height = '1200px';"
            + " var main = document.querySelector('main'); main.insertBefore(d, main.firstChild);");
    List<String> low = layoutProblems("index.html", PHONE);
    assertTrue(low.stream().anyMatch(p -> p.contains("h1 starts at")), low.toString());

    // The scope map's old defect: an image (whose content is presentational) holding links.
    open(shared, "scope-map.html");
    assertEquals(List.of(), axeProblems("scope-map.html"), "the page is clean at first");
    driver.executeScript("document.querySelector('svg.scope-map').setAttribute('role', 'img');");
    List<String> axe = axeProblems("scope-map.html");
    assertTrue(axe.stream().anyMatch(p -> p.contains("nested-interactive")), axe.toString());
  }

  @Test
  void printingLeavesOutTheNavigationAndKeepsHeadingsWithWhatFollows() throws IOException {
    for (Path site : List.of(shared, author)) {
      List<String> problems = new ArrayList<>();
      for (String page : pageKinds(site)) {
        open(site, page);
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        @SuppressWarnings("unchecked")
        List<String> found =
            (List<String>)
                driver.executeScript(
                    "var out = [];"
                        + " document.querySelectorAll('.site-header, .sidebar, .site-footer,"
                        + " .breadcrumbs').forEach(function (e) {"
                        + "   if (e.getClientRects().length) { out.push(e.className + ' is printed'); } });"
                        + " document.querySelectorAll('main h1, main h2, main h3, main h4')"
                        + " .forEach(function (h) {"
                        + "   if (h.getClientRects().length && getComputedStyle(h).breakAfter !== 'avoid') {"
                        + "     out.push(h.localName + ' \"' + h.textContent.trim() + '\" may end a sheet'); } });"
                        + " var banner = document.querySelector('.author-copy');"
                        + " if (banner && !banner.getClientRects().length) {"
                        + "   out.push('the author\\'s-copy banner is not printed'); }"
                        + " return out;");
        found.forEach(f -> problems.add(page + ": " + f));
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
      }
      assertTrue(problems.isEmpty(), site + " in print:\n" + String.join("\n", problems));
    }
  }

  /** Paper as Chromium's print takes it, in inches. */
  record Paper(String name, double width, double height) {}

  static final List<Paper> PAPERS =
      List.of(new Paper("A4", 8.27, 11.69), new Paper("US Letter", 8.5, 11));

  @Test
  void noPrintedSheetEndsWithAHeading() throws IOException {
    List<String> problems = new ArrayList<>();
    int headings = 0;
    for (Path site : List.of(shared, author)) {
      for (String page : pageKinds(site)) {
        open(site, page);
        for (Paper paper : PAPERS) {
          List<String> stranded = new ArrayList<>();
          headings += strandedHeadings(print(paper), stranded);
          stranded.forEach(h -> problems.add(page + " on " + paper.name() + ": " + h));
        }
      }
    }
    assertTrue(headings > 100, "the printed pages' headings were found: " + headings);
    assertTrue(
        problems.isEmpty(), "a heading ends a printed sheet:\n" + String.join("\n", problems));
  }

  @Test
  void theStrandedHeadingCheckFindsOneThatIsPlanted() throws IOException {
    // Forty headings, each with a paragraph that will not split: at some sheet's foot a heading
    // fits and its paragraph does not. The stylesheet moves such a heading on to the next sheet;
    // with break-after reset on the headings themselves, the check must find it stranded.
    for (boolean planted : List.of(false, true)) {
      open(shared, "index.html");
      driver.executeScript(
          "var main = document.querySelector('main'), reset = arguments[0];"
              + " while (main.firstChild) { main.removeChild(main.firstChild); }"
              + " for (var i = 0; i < 40; i++) {"
              + "   var h = main.appendChild(document.createElement('h2'));"
              + "   h.textContent = 'Planted heading ' + i;"
              + "   if (reset) { h.style.breakAfter = 'auto'; }"
              + "   var p = main.appendChild(document.createElement('p'));"
              + "   p.style.breakInside = 'avoid';"
              + "   p.textContent = 'A paragraph that belongs with its heading, long enough to wrap"
              + " over several lines on any sheet, so that it cannot squeeze into the little room"
              + " left at the foot of a page and must start on the next one instead. ' + i; }",
          planted);
      List<String> stranded = new ArrayList<>();
      int found = strandedHeadings(print(PAPERS.get(0)), stranded);
      assertEquals(40, found, "every planted heading is in the PDF's outline");
      if (planted) {
        assertFalse(stranded.isEmpty(), "the check found no planted heading at a sheet's foot");
        assertTrue(stranded.get(0).contains("Planted heading"), stranded.toString());
      } else {
        assertEquals(List.of(), stranded, "the stylesheet keeps each heading with its paragraph");
      }
    }
  }

  /** The open page printed to PDF by Chromium, with an outline of its headings. */
  static byte[] print(Paper paper) {
    Map<String, Object> pdf =
        driver.executeCdpCommand(
            "Page.printToPDF",
            Map.of(
                "paperWidth",
                paper.width(),
                "paperHeight",
                paper.height(),
                "generateTaggedPDF",
                true,
                "generateDocumentOutline",
                true));
    return Base64.getDecoder().decode((String) pdf.get("data"));
  }

  /**
   * Adds to {@code stranded} each heading of the PDF's outline that nothing follows on its sheet
   * (the last sheet excepted): the text from the heading's top to the foot of the sheet is the
   * heading's own. Returns how many headings the outline has.
   */
  static int strandedHeadings(byte[] pdf, List<String> stranded) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDDocumentOutline outline = doc.getDocumentCatalog().getDocumentOutline();
      List<PDOutlineItem> items = new ArrayList<>();
      if (outline != null) {
        collect(outline, items);
      }
      int last = doc.getNumberOfPages() - 1;
      for (PDOutlineItem item : items) {
        if (!(item.getDestination() instanceof PDPageXYZDestination dest)) {
          stranded.add("\"" + item.getTitle() + "\" has no place on a sheet");
          continue;
        }
        int index = dest.retrievePageNumber();
        if (index < 0 || index >= last) {
          continue;
        }
        PDPage sheet = doc.getPage(index);
        float height = sheet.getMediaBox().getHeight();
        float width = sheet.getMediaBox().getWidth();
        PDFTextStripperByArea below = new PDFTextStripperByArea();
        below.setSortByPosition(true);
        below.addRegion(
            "below",
            new Rectangle2D.Float(0, height - dest.getTop() - 2, width, dest.getTop() + 2));
        below.extractRegions(sheet);
        String text = below.getTextForRegion("below").replaceAll("\\s+", "");
        String title = item.getTitle().replaceAll("\\s+", "");
        if (title.startsWith(text) || text.equals(title)) {
          stranded.add("\"" + item.getTitle() + "\" ends sheet " + (index + 1));
        }
      }
      return items.size();
    }
  }

  static void collect(PDOutlineNode node, List<PDOutlineItem> items) {
    for (PDOutlineItem child : node.children()) {
      items.add(child);
      collect(child, items);
    }
  }

  @Test
  void placementAndFunctionPagesPrintNoPlaceholderForAnEmptyGroup() throws IOException {
    List<String> problems = new ArrayList<>();
    for (String folder : List.of("placements", "functions")) {
      try (Stream<Path> files = Files.list(shared.resolve(folder))) {
        for (Path file : files.sorted().toList()) {
          String page = folder + "/" + file.getFileName();
          open(shared, page);
          @SuppressWarnings("unchecked")
          List<String> empty =
              (List<String>)
                  driver.executeScript(
                      "return Array.from(document.querySelectorAll('main .empty'))"
                          + ".map(function (e) { return e.textContent.trim(); });");
          empty.forEach(e -> problems.add(page + ": \"" + e + "\""));
        }
      }
    }
    assertTrue(problems.isEmpty(), "placeholders:\n" + String.join("\n", problems));
  }

  /** Sets the viewport, as device emulation: the page's CSS pixels are the screen's. */
  static void show(Screen screen) {
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of(
            "width",
            screen.width(),
            "height",
            screen.height(),
            "deviceScaleFactor",
            screen.mobile() ? 3 : 1,
            "mobile",
            screen.mobile()));
  }

  static void open(Path site, String page) {
    driver.get(site.resolve(page).toUri().toString());
  }

  /** What is wrong with the open page's layout on this screen, one line per problem. */
  static List<String> layoutProblems(String page, Screen screen) {
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) driver.executeScript(LAYOUT);
    List<String> problems = new ArrayList<>();
    double innerWidth = number(r.get("innerWidth"));
    double innerHeight = number(r.get("innerHeight"));
    // A phone zooms out to show a page wider than the screen, and innerWidth grows with it.
    if (innerWidth != screen.width() || innerHeight != screen.height()) {
      problems.add(
          page
              + ": the viewport is "
              + (long) innerWidth
              + "x"
              + (long) innerHeight
              + ", not the screen's "
              + screen.width()
              + "x"
              + screen.height()
              + " (a page wider than a phone makes it zoom out)");
    }
    double scrollWidth = number(r.get("scrollWidth"));
    if (scrollWidth > innerWidth) {
      problems.add(
          page
              + ": scrolls sideways, "
              + (long) scrollWidth
              + "px wide in a "
              + (long) innerWidth
              + "px viewport");
    }
    @SuppressWarnings("unchecked")
    List<String> past = (List<String>) r.get("past");
    for (String element : past) {
      problems.add(
          page
              + ": "
              + element
              + ", past the right edge at "
              + (long) number(r.get("clientWidth"))
              + "px");
    }
    Object h1Top = r.get("h1Top");
    if (h1Top == null) {
      problems.add(page + ": has no h1");
    } else if (number(h1Top) < 0 || number(h1Top) >= screen.height()) {
      problems.add(
          page
              + ": the h1 starts at "
              + (long) number(h1Top)
              + "px, below the first screen ("
              + screen.height()
              + "px)");
    }
    return problems;
  }

  /** What axe-core finds on the open page, one line per rule violated. */
  static List<String> axeProblems(String page) {
    driver.executeScript(axeSource);
    @SuppressWarnings("unchecked")
    Map<String, Object> r = (Map<String, Object>) driver.executeAsyncScript(AXE);
    if (r.get("error") != null) {
      return List.of(page + ": axe-core failed: " + r.get("error"));
    }
    if (number(r.get("passes")) == 0) {
      return List.of(page + ": axe-core checked nothing");
    }
    @SuppressWarnings("unchecked")
    List<String> violations = (List<String>) r.get("violations");
    return violations.stream().map(v -> page + ": axe " + v).toList();
  }

  static double number(Object o) {
    return ((Number) o).doubleValue();
  }

  /**
   * Every page at the top of the site and the first page (by name) of each folder: one of each kind
   * of page, whatever kinds there are.
   */
  static List<String> pageKinds(Path site) throws IOException {
    List<String> pages = new ArrayList<>();
    try (Stream<Path> top = Files.list(site)) {
      for (Path p : top.sorted().toList()) {
        String name = p.getFileName().toString();
        if (Files.isDirectory(p)) {
          String first = firstPage(site, name);
          if (first != null) {
            pages.add(first);
          }
        } else if (name.endsWith(".html")) {
          pages.add(name);
        }
      }
    }
    return pages;
  }

  /** The first page by name in a folder of the site, as a path from the site root, or null. */
  static String firstPage(Path site, String folder) throws IOException {
    try (Stream<Path> files = Files.list(site.resolve(folder))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".html"))
          .sorted()
          .findFirst()
          .map(n -> folder + "/" + n)
          .orElse(null);
    }
  }
}

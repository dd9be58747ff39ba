package dev.handbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The shipped handbook in a real browser: Debian's headless Chromium, driven through its own
 * chromedriver, opens the built site from file:// as a reader would and clicks through it. One
 * browser serves every test of the class; the site is built once.
 */
class BrowserIT {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  /** SPEC §5: the anchors of a workflow page's nine sections, in order. */
  private static final List<String> SECTION_ANCHORS =
      List.of(
          "objective",
          "trigger",
          "inputs",
          "processing",
          "outputs",
          "consumers",
          "decisions-informed",
          "quality-checks",
          "failure-feedback-loop");

  @TempDir static Path temp;
  static Path site;
  static Chromium chromium;
  static ChromeDriver driver;

  @BeforeAll
  static void buildTheSiteAndStartTheBrowser() throws IOException {
    Chromium.requireInstalled();
    site = temp.resolve("site");
    CliRun run = CliRun.in(PROJECT, "build", "--out", site.toString());
    assertEquals(0, run.status(), run.out() + run.err());
    chromium = Chromium.start(temp.resolve("chromium-profile"));
    driver = chromium.driver;
  }

  @AfterAll
  static void stopTheBrowser() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** Each test starts on a plain screen (no print media, no phone) with an empty console log. */
  @BeforeEach
  void screenAndLogStartClean() {
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.manage().logs().get(LogType.BROWSER);
  }

  static void open(String path) {
    driver.get(site.resolve(path).toUri().toString());
  }

  /** The file a link's resolved href points at, failing unless it is a file of the site. */
  static Path target(String absoluteHref) {
    URI uri = URI.create(absoluteHref);
    assertEquals("file", uri.getScheme(), absoluteHref);
    Path file = Path.of(uri.getPath());
    assertTrue(
        file.startsWith(site) && Files.isRegularFile(file), "leads nowhere: " + absoluteHref);
    return file;
  }

  /** Asserts the page a link leads to exists and, when the link has a fragment, has that id. */
  static void assertLeadsToAPage(String absoluteHref) throws IOException {
    Path file = target(absoluteHref);
    String fragment = URI.create(absoluteHref).getFragment();
    if (fragment != null) {
      assertNotNull(
          Jsoup.parse(file.toFile(), "UTF-8").getElementById(fragment),
          "no #" + fragment + " in " + file);
    }
  }

  /** Waits for the search page's status line to read as expected, saying what it read instead. */
  static void awaitSearchStatus(String regex) {
    By status = By.id("search-status");
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .withMessage(
            () ->
                "the search status should match /"
                    + regex
                    + "/ but reads: "
                    + driver.findElement(status).getText())
        .until(d -> d.findElement(status).getText().matches(regex));
  }

  static void awaitUrl(String part) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .withMessage(
            () ->
                "the browser should have gone to a URL with "
                    + part
                    + " but is at "
                    + driver.getCurrentUrl())
        .until(ExpectedConditions.urlContains(part));
  }

  static String currentPath() {
    return site.toUri().relativize(URI.create(driver.getCurrentUrl())).toString();
  }

  static List<String> sectionIds() {
    return driver.findElements(By.cssSelector("section.section")).stream()
        .map(s -> s.getDomAttribute("id"))
        .toList();
  }

  @Test
  void aReaderGoesFromTheIndexToAWorkflowToItsCategoryAndBack() {
    open("index.html");
    String roleTitle = driver.findElement(By.tagName("h1")).getText();
    WebElement first = driver.findElement(By.cssSelector(".sidebar .nav-workflows a"));
    String workflowTitle = first.getText();
    first.click();

    assertTrue(currentPath().matches("workflows/[a-z0-9-]+\\.html"), currentPath());
    assertEquals(workflowTitle, driver.findElement(By.tagName("h1")).getText());
    assertEquals(SECTION_ANCHORS, sectionIds());
    for (String anchor : SECTION_ANCHORS) {
      assertTrue(driver.findElement(By.id(anchor)).isDisplayed(), anchor);
    }
    driver.findElement(By.cssSelector(".toc a[href='#outputs']")).click();
    assertTrue(driver.getCurrentUrl().endsWith("#outputs"), driver.getCurrentUrl());

    WebElement category =
        driver.findElement(By.cssSelector(".breadcrumbs a[href*='categories.html#cat-']"));
    String categoryName = category.getText();
    category.click();
    assertEquals("categories.html", currentPath().replaceFirst("#.*", ""));
    String anchor = URI.create(driver.getCurrentUrl()).getFragment();
    WebElement heading = driver.findElement(By.id(anchor));
    assertEquals(categoryName, heading.getText());
    assertTrue(heading.isDisplayed());

    driver.findElement(By.cssSelector(".site-header a.brand")).click();
    assertEquals("index.html", currentPath());
    assertEquals(roleTitle, driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void theHeaderSearchBoxFindsAWorkflowByAWordOfItsTitle() throws IOException {
    open("workflows/" + firstWorkflowFile());
    String title = driver.findElement(By.tagName("h1")).getText();
    String word =
        Stream.of(title.split("[^\\p{L}\\p{N}]+"))
            .max(Comparator.comparingInt(String::length))
            .orElseThrow();

    WebElement box = driver.findElement(By.cssSelector("form.search input[name=q]"));
    box.sendKeys(word, Keys.ENTER);
    awaitUrl("search.html?q=");
    assertEquals("search.html", currentPath().replaceFirst("\\?.*", ""));
    awaitSearchStatus("\\d+ results? for “" + word + "”\\.");
    assertEquals(word, driver.findElement(By.id("search-input")).getDomProperty("value"));

    List<WebElement> results = driver.findElements(By.cssSelector("#search-results li > a"));
    assertFalse(results.isEmpty());
    assertTrue(
        results.stream().anyMatch(a -> a.getText().equals(title)), "no result titled " + title);
    for (WebElement a : results) {
      assertLeadsToAPage(a.getDomProperty("href"));
    }

    results.stream().filter(a -> a.getText().equals(title)).findFirst().orElseThrow().click();
    assertEquals(title, driver.findElement(By.tagName("h1")).getText());
  }

  @Test
  void aSearchWithNoMatchSaysSo() {
    open("index.html");
    driver.findElement(By.cssSelector("form.search input[name=q]")).sendKeys("qzxjvkw", Keys.ENTER);
    awaitUrl("search.html?q=qzxjvkw");
    awaitSearchStatus("No results for “qzxjvkw”\\.");
    assertTrue(driver.findElements(By.cssSelector("#search-results li")).isEmpty());
  }

  @Test
  void everyPageOpensWithoutAConsoleError() throws IOException {
    List<String> pages = allPages();
    List<String> problems = new ArrayList<>();
    for (String page : pages) {
      open(page);
      assertFalse(driver.findElement(By.tagName("h1")).getText().isBlank(), page);
      for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
        boolean ours = entry.getMessage().contains("/assets/");
        if (entry.getLevel().intValue() >= Level.SEVERE.intValue()
            || (ours && entry.getLevel().intValue() >= Level.WARNING.intValue())) {
          problems.add(page + ": " + entry.getLevel() + " " + entry.getMessage());
        }
      }
    }
    assertTrue(problems.isEmpty(), "console errors:\n" + String.join("\n", problems));
  }

  @Test
  void theScopeMapDrawsOneMapPerPlacementAndEveryAreaBoxIsALink() throws IOException {
    open("index.html");
    List<String> placements =
        driver.findElements(By.cssSelector(".sidebar a[href*='placements/']")).stream()
            .map(WebElement::getText)
            .toList();
    assertFalse(placements.isEmpty());

    driver.findElement(By.linkText("Scope map")).click();
    assertEquals("scope-map.html", currentPath());
    List<WebElement> maps = driver.findElements(By.cssSelector("section.map"));
    assertEquals(
        placements,
        maps.stream()
            .map(m -> m.findElement(By.tagName("h2")).findElement(By.tagName("a")).getText())
            .toList());
    for (WebElement map : maps) {
      List<WebElement> svgs = map.findElements(By.cssSelector("svg.scope-map"));
      assertEquals(1, svgs.size());
      assertTrue(svgs.get(0).isDisplayed());
      assertTrue(svgs.get(0).getSize().getWidth() > 300, "the map is drawn at a readable size");
    }
    assertEquals(placements.size(), driver.findElements(By.cssSelector("svg.scope-map")).size());

    @SuppressWarnings("unchecked")
    List<String> boxes =
        (List<String>)
            driver.executeScript(
                "return Array.from(document.querySelectorAll('svg.scope-map .owner-row rect.area')).map(function (r) {"
                    + " var a = r.closest('a'), href = a && a.getAttribute('href');"
                    + " return href ? new URL(href, document.baseURI).href : null; });");
    assertFalse(boxes.isEmpty(), "the maps have area boxes");
    for (String href : boxes) {
      assertNotNull(href, "an area box is not a link");
      assertLeadsToAPage(href);
    }

    WebElement box = driver.findElement(By.cssSelector("svg.scope-map .owner-row a"));
    String expected = boxes.get(0);
    box.click();
    assertEquals(expected, driver.getCurrentUrl());
    assertTrue(driver.findElement(By.id(URI.create(expected).getFragment())).isDisplayed());
  }

  @Test
  void printingAWorkflowHidesTheNavigationButKeepsTheSections() throws IOException {
    open("workflows/" + firstWorkflowFile());
    assertTrue(
        driver.findElement(By.cssSelector(".sidebar")).isDisplayed(),
        "the sidebar shows on screen");

    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    assertEquals(Boolean.TRUE, driver.executeScript("return matchMedia('print').matches"));
    assertFalse(
        driver.findElement(By.cssSelector(".sidebar")).isDisplayed(), "the sidebar is printed");
    assertFalse(
        driver.findElement(By.cssSelector(".site-header")).isDisplayed(), "the header is printed");
    for (String anchor : SECTION_ANCHORS) {
      assertTrue(driver.findElement(By.id(anchor)).isDisplayed(), anchor);
    }
  }

  @Test
  void onAPhoneEveryPageFitsTheScreenWidth() throws IOException {
    int phone = 390;
    driver.executeCdpCommand(
        "Emulation.setDeviceMetricsOverride",
        Map.of("width", phone, "height", 844, "deviceScaleFactor", 3, "mobile", true));
    List<String> overflowing = new ArrayList<>();
    for (String page : allPages()) {
      open(page);
      // A mobile browser zooms out to fit a page wider than the screen, which widens innerWidth
      // too.
      long innerWidth = (Long) driver.executeScript("return window.innerWidth");
      long scrollWidth = (Long) driver.executeScript("return document.documentElement.scrollWidth");
      if (innerWidth != phone || scrollWidth > innerWidth) {
        overflowing.add(page + " is " + scrollWidth + "px wide (viewport " + innerWidth + "px)");
      }
    }
    assertTrue(
        overflowing.isEmpty(),
        "wider than a " + phone + "px phone:\n" + String.join("\n", overflowing));
  }

  /** Every page of the site, by its path from the site root. */
  static List<String> allPages() throws IOException {
    try (Stream<Path> files = Files.walk(site)) {
      List<String> pages =
          files
              .filter(f -> f.toString().endsWith(".html"))
              .map(f -> site.relativize(f).toString())
              .sorted()
              .toList();
      assertTrue(pages.size() > 40, "the shipped site has every kind of page: " + pages);
      return pages;
    }
  }

  static List<String> workflowFiles() throws IOException {
    try (Stream<Path> files = Files.list(site.resolve("workflows"))) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  static String firstWorkflowFile() throws IOException {
    return workflowFiles().get(0);
  }
}

package dev.handbook.render;

import dev.handbook.Timings;
import dev.handbook.check.Finding;
import dev.handbook.check.HandbookIndex;
import dev.handbook.model.Handbook;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Renders every file of the site, keyed by its path under the site root, into memory or into a
 * {@link SiteSink}.
 */
public final class SiteRenderer {
  /**
   * The default static assets shipped in the jar; a project's `templates/assets/` adds or overrides
   * files.
   */
  static final List<String> DEFAULT_ASSETS = List.of("assets/style.css", "assets/search.js");

  private static final List<PageRenderer> PAGES =
      List.of(
          new IndexPage(),
          new WorkflowPage(),
          new PartyPage(),
          new FreePage(),
          new FindingsPage(),
          new RulePage(),
          new PlacementPage(),
          new ComparePage(),
          new CategoriesPage(),
          new ScopeMapPage(),
          new BacklogPage(),
          new SearchPage(),
          new HandbookJson());

  private final Path projectTemplates;
  private final Templates templates;
  private final SiteOptions options;

  /**
   * Each workflow's search entry from the last render, so an edit of prose encodes only what it
   * changed.
   */
  private final Map<String, byte[]> searchEntries = new ConcurrentHashMap<>();

  public SiteRenderer(Path projectTemplates) {
    this(projectTemplates, SiteOptions.none());
  }

  public SiteRenderer(Path projectTemplates, SiteOptions options) {
    this.projectTemplates = projectTemplates;
    this.templates = new Templates(projectTemplates);
    this.options = options;
  }

  /** Every file of the site, in memory, in path order. */
  public Map<String, byte[]> render(Handbook handbook, List<Finding> findings) {
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    render(handbook, findings, SiteSink.into(out));
    return new TreeMap<>(out);
  }

  /** Renders every file of the site into the sink. */
  public void render(Handbook handbook, List<Finding> findings, SiteSink out) {
    SiteContext site =
        new SiteContext(
            handbook, new HandbookIndex(handbook), findings, templates, options, searchEntries);
    // The workflow pages spread over every core on their own; the other kinds are a few pages
    // each, mostly one thread's work, so they run side by side afterwards.
    List<PageRenderer> rest = new ArrayList<>();
    for (PageRenderer page : PAGES) {
      if (page instanceof WorkflowPage) {
        page.render(site, out);
        Timings.mark("  " + page.getClass().getSimpleName());
      } else {
        rest.add(page);
      }
    }
    rest.parallelStream().forEach(page -> page.render(site, out));
    Timings.mark("  other pages");
    assets(out);
  }

  /**
   * Re-renders only what a change to the prose of some workflows affects: their pages and the
   * search index. The caller has established that nothing else about them changed.
   */
  public Map<String, byte[]> renderProse(
      Handbook handbook, List<Finding> findings, Set<String> workflowIds) {
    SiteContext site =
        new SiteContext(
            handbook, new HandbookIndex(handbook), findings, templates, options, searchEntries);
    Map<String, byte[]> out = new ConcurrentHashMap<>();
    new WorkflowPage()
        .render(
            site, SiteSink.into(out), w -> w.id() != null && workflowIds.contains(w.id().value()));
    new SearchPage().renderIndex(site, SiteSink.into(out), workflowIds);
    return new TreeMap<>(out);
  }

  private void assets(SiteSink out) {
    for (String asset : DEFAULT_ASSETS) {
      try (InputStream in =
          SiteRenderer.class.getResourceAsStream(Templates.DEFAULTS + "/" + asset)) {
        if (in == null) {
          throw new IllegalStateException("default asset missing from the jar: " + asset);
        }
        out.put(asset, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path dir = projectTemplates == null ? null : projectTemplates.resolve("assets");
    if (dir == null || !Files.isDirectory(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        out.put("assets/" + dir.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

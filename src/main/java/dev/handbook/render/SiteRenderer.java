package dev.handbook.render;

import dev.handbook.check.HandbookIndex;
import dev.handbook.findings.Finding;
import dev.handbook.model.Handbook;
import dev.handbook.model.ProseLibrary;
import dev.handbook.model.SitePaths;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Renders the site into a {@link SiteSink}: every kind of page, or (for an edit of prose alone)
 * only the kinds that show prose. Adding a kind of page is one class and one line in {@link #PAGES}
 * or {@link #PROSE_PAGES}. One renderer serves a run, or a `serve` session until the templates
 * change; it keeps the search index's entries between renders.
 */
public final class SiteRenderer {
  /**
   * The default static assets shipped in the jar; a project's `templates/assets/` adds or overrides
   * files.
   */
  static final List<String> DEFAULT_ASSETS =
      List.of(SitePaths.STYLE, SitePaths.SEARCH_SCRIPT, SitePaths.BRIEF_STYLE);

  /** The kinds of page that show no prose. */
  private static final List<PageKind> PAGES =
      List.of(
          new IndexPage(),
          new PartyPage(),
          new FindingsPage(),
          new RulePage(),
          new PlacementPage(),
          new ComparePage(),
          new CategoriesPage(),
          new ScopeMapPage(),
          new BacklogPage(),
          new SearchPage(),
          new HandbookJson(),
          new RobotsFile(),
          new BriefPage(),
          new ImpactPage(),
          new ChangesPage(),
          new ReviewPage());

  /** The kinds of page that show prose: the only ones an edit of prose alone renders again. */
  private final List<ProsePageKind> prosePages =
      List.of(new WorkflowPage(), new FreePage(), new SearchIndex());

  private final Path projectTemplates;
  private final Templates templates;
  private final SiteOptions options;
  private final Audience audience;

  public SiteRenderer(Path projectTemplates, SiteOptions options, Audience audience) {
    this.projectTemplates = projectTemplates;
    this.templates = new Templates(projectTemplates);
    this.options = options;
    this.audience = audience;
  }

  public Audience audience() {
    return audience;
  }

  /**
   * Whether a file the site holds is a third-party library shipped unchanged from the jar (lunr.js,
   * whose licence header names its author): nothing of the content can be in it.
   */
  public static boolean isBundledLibrary(String path, byte[] bytes) {
    if (!SitePaths.LUNR.equals(path)) {
      return false;
    }
    try (InputStream in =
        SiteRenderer.class.getClassLoader().getResourceAsStream(SearchPage.LUNR)) {
      return in != null && Arrays.equals(in.readAllBytes(), bytes);
    } catch (IOException e) {
      return false;
    }
  }

  /** Renders what the plan asks for into the sink; page kinds run side by side. */
  public void render(
      Handbook handbook,
      HandbookIndex index,
      ProseLibrary prose,
      List<Finding> findings,
      RenderPlan plan,
      SiteSink out) {
    // The shared handbook is rendered from a model with nothing private in it: no template can
    // print what it is never given.
    Handbook model = audience == Audience.SHARED ? handbook.shared() : handbook;
    SiteContext site = new SiteContext(model, index, findings, templates, options, audience);
    ProseHtml html = new ProseHtml(index, prose);
    Set<String> only = plan instanceof RenderPlan.ProseOf p ? p.workflowIds() : null;
    // The workflow pages spread over every core on their own; the other kinds are a few pages
    // each, mostly one thread's work, so they run side by side afterwards.
    for (ProsePageKind kind : prosePages) {
      kind.render(site, html, out, only);
    }
    if (only == null) {
      Parallel.forEach(
          PAGES.stream().filter(kind -> kind.in(audience)).toList(),
          kind -> kind.render(site, out));
      assets(out);
    }
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
      for (Path f : files.sorted().toList()) {
        if (Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)) {
          continue;
        }
        String name = "assets/" + dir.relativize(f).toString().replace('\\', '/');
        // Only plain files inside templates/: a link could copy any file of the machine into the
        // site.
        if (!Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)) {
          throw new IOException(
              "templates/"
                  + name
                  + " is "
                  + (Files.isSymbolicLink(f) ? "a symbolic link" : "not a plain file")
                  + "; only plain files inside templates/assets/ are copied into the site");
        }
        out.put(name, Files.readAllBytes(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

package dev.handbook.site;

import dev.handbook.check.Checks;
import dev.handbook.check.Finding;
import dev.handbook.check.Findings;
import dev.handbook.check.Severity;
import dev.handbook.content.ContentReader;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Located;
import dev.handbook.model.Page;
import dev.handbook.model.Section;
import dev.handbook.model.Workflow;
import dev.handbook.render.SiteOptions;
import dev.handbook.render.SiteRenderer;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * A build kept in memory between changes, for `serve`: each content file is read and parsed once
 * and re-read only when it changes; the checks run over the whole model every time (they are
 * cheap); and when an edit touches only a workflow's prose, only that workflow's page and the
 * search index are rendered again. The result is always byte-identical to a full build.
 */
public final class IncrementalBuild {
  /** One file's parse: what it yielded (if anything) and the findings reading it produced. */
  private record Read<T>(Optional<T> value, List<Finding> findings) {}

  /**
   * The outcome of a (re)build: the last good site, this build's findings, and what was rendered.
   */
  public record State(
      Map<String, byte[]> site,
      List<Finding> findings,
      boolean failed,
      Set<String> rendered,
      long version) {}

  /**
   * The ids and links of the last good site's pages, so an edit re-reads only the pages it
   * rendered.
   */
  private Map<String, SiteLinks.PageLinks> links = Map.of();

  private final Path content;
  private final Path templates;
  private final ContentReader reader;
  private SiteRenderer renderer;
  private Read<Charter> charter;
  private final Map<String, Read<Workflow>> workflows = new TreeMap<>();
  private final Map<String, Read<Page>> pages = new TreeMap<>();
  private Handbook handbook;
  private State state = new State(Map.of(), List.of(), true, Set.of(), 0);

  private final SiteOptions options;

  public IncrementalBuild(Path content, Path templates, Function<Path, String> display) {
    this(content, templates, display, SiteOptions.none());
  }

  public IncrementalBuild(
      Path content, Path templates, Function<Path, String> display, SiteOptions options) {
    this(content, templates, display, options, ContentReader.MAX_FILE_BYTES);
  }

  public IncrementalBuild(
      Path content,
      Path templates,
      Function<Path, String> display,
      SiteOptions options,
      long maxFileBytes) {
    this.content = content.toAbsolutePath().normalize();
    this.templates = templates.toAbsolutePath().normalize();
    this.reader = new ContentReader(display, maxFileBytes);
    this.options = options;
  }

  public State state() {
    return state;
  }

  /** Reads and renders everything. */
  public State full() throws IOException {
    if (!Files.isDirectory(content)) {
      throw new IOException("content folder not found: " + content);
    }
    renderer = new SiteRenderer(templates, options);
    charter = readCharter();
    workflows.clear();
    for (Path p : ContentReader.workflowFiles(content.resolve("workflows"))) {
      workflows.put(p.toString(), readWorkflow(p));
    }
    pages.clear();
    for (Path p : ContentReader.pageFiles(content.resolve("pages"))) {
      pages.put(p.toString(), readPage(p));
    }
    return publish(assemble(), null);
  }

  /**
   * Re-reads the changed files and renders what they affect; a charter or template change renders
   * everything.
   */
  public State update(Collection<Path> changed) throws IOException {
    if (renderer == null) {
      return full();
    }
    boolean everything = false;
    Set<String> proseOnly = new HashSet<>();
    for (Path raw : changed) {
      Path p = raw.toAbsolutePath().normalize();
      if (p.startsWith(templates)) {
        renderer = new SiteRenderer(templates, options);
        everything = true;
      } else if (p.equals(content.resolve("charter.yaml"))) {
        charter = readCharter();
        everything = true;
      } else if (p.startsWith(content.resolve("workflows"))) {
        Read<Workflow> old = workflows.get(p.toString());
        if (Files.isRegularFile(p)) {
          Read<Workflow> now = readWorkflow(p);
          workflows.put(p.toString(), now);
          if (old != null
              && old.value().isPresent()
              && now.value().isPresent()
              && outline(old.value().get()).equals(outline(now.value().get()))) {
            proseOnly.add(now.value().get().idOrFileId());
          } else {
            everything = true;
          }
        } else {
          // A deleted file, or a deleted or renamed folder: drop everything that was under it.
          String prefix = p + File.separator;
          if (workflows.keySet().removeIf(k -> k.equals(p.toString()) || k.startsWith(prefix))
              || old != null) {
            everything = true;
          }
        }
      } else if (p.startsWith(content.resolve("pages"))) {
        // Only pages/*.md are pages, as in a full build; files in subfolders are not read.
        if (Files.isRegularFile(p)
            && p.toString().endsWith(".md")
            && p.getParent().equals(content.resolve("pages"))) {
          pages.put(p.toString(), readPage(p));
        } else {
          String prefix = p + File.separator;
          pages.keySet().removeIf(k -> k.equals(p.toString()) || k.startsWith(prefix));
        }
        everything = true;
      }
    }
    List<Finding> previous = state.findings();
    Assembled next = assemble();
    boolean sameFindings = next.findings().equals(previous);
    return publish(next, everything || !sameFindings || state.failed() ? null : proseOnly);
  }

  private record Assembled(Handbook handbook, List<Finding> findings) {}

  private Assembled assemble() {
    Findings findings = new Findings();
    findings.addAll(charter.findings());
    List<Workflow> ws = new ArrayList<>();
    for (Read<Workflow> r : workflows.values()) {
      r.value().ifPresent(ws::add);
      findings.addAll(r.findings());
    }
    List<Page> ps = new ArrayList<>();
    for (Read<Page> r : pages.values()) {
      r.value().ifPresent(ps::add);
      findings.addAll(r.findings());
    }
    Handbook h = new Handbook(charter.value().orElseThrow(), ws, ps);
    return new Assembled(h, Checks.run(h, findings));
  }

  /**
   * Makes a new state: with errors, the last good site stays and only the findings change;
   * otherwise the site is rendered in full, or only the prose-changed workflows when given.
   */
  private State publish(Assembled next, Set<String> proseOnly) {
    boolean failed =
        next.findings().stream().anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
    if (failed) {
      state = new State(state.site(), next.findings(), true, Set.of(), state.version() + 1);
      return state;
    }
    handbook = next.handbook();
    Map<String, byte[]> site;
    Set<String> rendered;
    Map<String, SiteLinks.PageLinks> pageLinks;
    if (proseOnly == null) {
      site = renderer.render(handbook, next.findings());
      rendered = site.keySet();
      pageLinks = SiteLinks.summarize(site);
    } else {
      Map<String, byte[]> changed = renderer.renderProse(handbook, next.findings(), proseOnly);
      site = new TreeMap<>(state.site());
      site.putAll(changed);
      rendered = changed.keySet();
      pageLinks = new HashMap<>(links);
      pageLinks.putAll(SiteLinks.summarize(changed));
    }
    // Prove the links as a build does; a page that links nowhere keeps the last good site served.
    Findings broken = new Findings();
    Set<String> scan = Set.copyOf(rendered);
    Map<String, byte[]> files = site;
    SiteLinks.check(
        pageLinks,
        files.keySet(),
        "site",
        broken,
        scan::contains,
        page -> new String(files.get(page), StandardCharsets.UTF_8));
    if (!broken.all().isEmpty()) {
      List<Finding> all = new ArrayList<>(next.findings());
      all.addAll(broken.sorted());
      state = new State(state.site(), all, true, Set.of(), state.version() + 1);
      return state;
    }
    state =
        new State(
            Map.copyOf(site), next.findings(), false, Set.copyOf(rendered), state.version() + 1);
    links = pageLinks;
    return state;
  }

  public Handbook handbook() {
    return handbook;
  }

  private Read<Charter> readCharter() throws IOException {
    Findings f = new Findings();
    Charter c = reader.readCharter(content.resolve("charter.yaml"), f);
    return new Read<>(Optional.of(c), f.all());
  }

  private Read<Workflow> readWorkflow(Path p) {
    Findings f = new Findings();
    Optional<Workflow> w = reader.readWorkflow(content.resolve("workflows"), p, f);
    return new Read<>(w, f.all());
  }

  private Read<Page> readPage(Path p) throws IOException {
    Findings f = new Findings();
    Optional<Page> page = reader.readPage(p, f);
    return new Read<>(page, f.all());
  }

  /**
   * Everything about a workflow that any page other than its own shows: its facts, its lists and
   * mentions, its links. Two versions with the same outline differ only in prose.
   */
  static String outline(Workflow w) {
    StringBuilder b = new StringBuilder();
    b.append(w.idOrFileId())
        .append('|')
        .append(w.title())
        .append('|')
        .append(v(w.category()))
        .append('|')
        .append(v(w.area()))
        .append('|')
        .append(v(w.owner()))
        .append('|')
        .append(w.status())
        .append('|')
        .append(w.keystone())
        .append('|')
        .append(w.placementsGiven())
        .append(vs(w.placements()))
        .append(vs(w.partners()));
    if (w.criteria() != null) {
      b.append("|c:")
          .append(v(w.criteria().endToEnd()))
          .append(
              vs(
                  w.criteria().crossFunctional() == null
                      ? List.of()
                      : w.criteria().crossFunctional()))
          .append(v(w.criteria().repeatable()))
          .append(v(w.criteria().aiRelevant()));
    }
    if (w.priority() != null) {
      var p = w.priority();
      b.append("|p:")
          .append(v(p.whoNeedsThis()))
          .append(v(p.decisionUnblocked()))
          .append(v(p.whatBreaks()))
          .append(v(p.whyNow()))
          .append(v(p.impact()))
          .append(v(p.decidedBy()))
          .append(p.keyOrder());
    }
    w.suppressions().forEach(s -> b.append("|s:").append(s.rule()).append(s.reason()));
    for (Section s : w.body().sections()) {
      b.append("|h:").append(s.heading()).append(s.hasContent());
      for (ListEntry item : s.items()) {
        b.append("|i:").append(item.text());
        item.mentions().forEach(m -> b.append('@').append(m.id()));
      }
    }
    w.body()
        .workflowLinks()
        .forEach(l -> b.append("|l:").append(l.target()).append('#').append(l.section()));
    w.body().links().forEach(l -> b.append("|m:").append(l.destination()));
    w.body().mentions().forEach(m -> b.append("|@").append(m.id()));
    return b.toString();
  }

  private static String v(Located<String> l) {
    return l == null ? "~" : "'" + l.value() + "'";
  }

  private static String vs(List<Located<String>> list) {
    return list.stream().map(Located::value).toList().toString();
  }
}

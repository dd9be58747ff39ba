package dev.handbook.site;

import dev.handbook.check.Checks;
import dev.handbook.check.HandbookIndex;
import dev.handbook.content.ContentReader;
import dev.handbook.content.GitDates;
import dev.handbook.content.GitHistory;
import dev.handbook.findings.Finding;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Severity;
import dev.handbook.model.Handbook;
import dev.handbook.model.Outline;
import dev.handbook.model.Page;
import dev.handbook.model.PrivateMaterial;
import dev.handbook.model.ProseLibrary;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Workflow;
import dev.handbook.render.Audience;
import dev.handbook.render.RenderPlan;
import dev.handbook.render.SiteOptions;
import dev.handbook.render.SiteRenderer;
import dev.handbook.render.SiteSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The stages every command runs, in this order: read the content, check it, render the site, prove
 * its links, publish it. `check` stops after checking; `build` publishes into a folder; `serve`
 * keeps one pipeline and runs it again after every save, publishing into memory. A run after the
 * first is the same stages fed with what changed: the reader re-reads only changed files, and when
 * nothing but some workflows' prose changed, only the pages that show prose are rendered.
 *
 * <p>When there are terms that must never be published, checking also renders the shared handbook
 * (into memory, or for a shared build into its draft) and searches all of it: a leak is an error
 * for every command.
 */
public final class Pipeline {
  /**
   * What a pipeline reads, how it names files in findings, and where it says things that are not
   * findings (a build waiting for another one to finish).
   *
   * @param neverPublish a list of terms kept outside the content folder (`--never-publish`,
   *     HANDBOOK_NEVER_PUBLISH), or null
   */
  public record Settings(
      Path content,
      Path templates,
      Function<Path, String> display,
      long maxFileBytes,
      String editUrl,
      Consumer<String> notices,
      Path neverPublish,
      String since) {
    public Settings {
      content = content.toAbsolutePath().normalize();
      templates = templates.toAbsolutePath().normalize();
      editUrl = editUrl == null ? "" : editUrl;
    }

    /** The defaults: templates beside the content folder, the default size limit, no edit link. */
    public static Settings of(Path content, Function<Path, String> display) {
      return new Settings(
          content,
          content.resolveSibling("templates"),
          display,
          ContentReader.MAX_FILE_BYTES,
          "",
          notice -> {},
          null,
          null);
    }

    public Settings withNeverPublish(Path file) {
      return new Settings(content, templates, display, maxFileBytes, editUrl, notices, file, since);
    }
  }

  /** How long a build waits for another build of the same folder: HANDBOOK_LOCK_WAIT seconds. */
  static Duration lockPatience() {
    String s = System.getenv("HANDBOOK_LOCK_WAIT");
    try {
      return Duration.ofSeconds(s == null ? 120 : Math.max(0, Long.parseLong(s.strip())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(120);
    }
  }

  /** What a run produced: the model, every finding in reporting order, and whether it published. */
  public record Outcome(Handbook handbook, List<Finding> findings, boolean published) {
    public long count(Severity severity) {
      return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
    }

    /** True when the findings fail the run: any error, or any warning under --strict. */
    public boolean failed(boolean strict) {
      return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
  }

  /** The content read and checked: what rendering needs. */
  private record Checked(
      Handbook handbook,
      ProseLibrary prose,
      HandbookIndex index,
      List<Finding> findings,
      List<Path> sources) {
    Checked withFindings(List<Finding> more) {
      return more.isEmpty()
          ? this
          : new Checked(handbook, prose, index, concat(findings, more), sources);
    }

    boolean errors() {
      return findings.stream().anyMatch(f -> !f.suppressed() && f.severity() == Severity.ERROR);
    }
  }

  /** What the last site published into memory was made from, for `serve`'s next run. */
  private record Published(Checked checked, Map<String, SiteLinks.PageLinks> pages) {}

  private final Settings settings;
  private final ContentReader reader;
  private final Map<Audience, SiteRenderer> renderers = new EnumMap<>(Audience.class);
  private SiteOptions options;
  private Published last;
  private Served served = Served.NOTHING;

  public Pipeline(Settings settings) {
    this.settings = settings;
    this.reader = new ContentReader(settings.display(), settings.maxFileBytes());
  }

  /**
   * Reads and checks the content, and searches the shared handbook (rendered in memory) for terms
   * that must never be published; writes nothing. Throws only when the folder cannot be read.
   */
  public Outcome check() throws IOException {
    Checked checked = leaksInMemory(readAndCheck());
    Progress.done();
    return outcome(checked, checked.findings(), false);
  }

  /** As {@link #build(Path, boolean, Audience)}, for the shared handbook. */
  public Outcome build(Path out, boolean strict) throws IOException {
    return build(out, strict, Audience.SHARED);
  }

  /**
   * Checks, and only when the content passes renders the handbook for the audience into a draft
   * folder beside `out`, proves every link (and, for the shared handbook, that nothing private
   * reached it), and swaps it in; otherwise the previous site stays exactly as it was.
   */
  public Outcome build(Path out, boolean strict, Audience audience) throws IOException {
    SiteWriter.checkSafe(out, settings.content(), settings.templates());
    // Git is asked while the content is read; an unknown --since stops the run before any check.
    CompletableFuture<SiteOptions> git = CompletableFuture.supplyAsync(this::gitOptions);
    Checked checked = readAndCheck();
    options = joined(git);
    if (audience == Audience.AUTHOR) {
      checked = leaksInMemory(checked); // the shared handbook, looked at without writing it
    }
    if (outcome(checked, checked.findings(), false).failed(strict)) {
      Progress.done();
      return outcome(checked, checked.findings(), false); // nothing is touched
    }
    // From here to the swap, one build at a time per output folder.
    try (OutputLock lock = OutputLock.take(out, lockPatience(), settings.notices())) {
      // Asked again under the lock: the build that held it may have changed the folder.
      SiteWriter.checkSafe(out, settings.content(), settings.templates());
      return write(checked, out, audience);
    }
  }

  private Outcome write(Checked checked, Path out, Audience audience) throws IOException {
    int size = checked.handbook().workflows().size();
    String siteName = settings.display().apply(out);
    try (SiteWriter.Draft draft = SiteWriter.draft(out)) {
      Progress.step("rendering", size);
      render(checked, audience, RenderPlan.EVERYTHING, draft);
      Progress.step("proving links", size);
      List<Finding> problems =
          prove(draft.pages(), draft.files(), siteName, p -> true, draft::html);
      if (audience == Audience.SHARED) {
        problems = concat(problems, leaks(checked, draft.files(), draft::bytes, siteName));
      }
      if (!problems.isEmpty()) {
        Progress.done();
        return outcome(checked, concat(checked.findings(), problems), false);
      }
      Progress.step("writing", size);
      draft.publish();
      Timings.mark("write");
    }
    Progress.done();
    return outcome(checked, checked.findings(), true);
  }

  /**
   * For `serve`: runs the pipeline again after `changed` files were saved (none on the first run)
   * and keeps the author's handbook in memory. With errors (a leak included), the last good site
   * stays and only the findings change.
   */
  public synchronized Served serve(Collection<Path> changed) throws IOException {
    boolean templatesChanged = false;
    List<Path> content = new ArrayList<>();
    for (Path p : changed) {
      Path abs = p.toAbsolutePath().normalize();
      if (abs.startsWith(settings.templates())) {
        templatesChanged = true;
      } else {
        content.add(abs);
      }
    }
    if (templatesChanged) {
      renderers.clear();
    }
    reader.forget(content);
    Checked checked = leaksInMemory(readAndCheck());
    long version = served.version() + 1;
    if (checked.errors()) {
      served =
          new Served(served.site(), masked(checked, checked.findings()), true, Set.of(), version);
      return served;
    }
    RenderPlan plan = plan(checked);
    MemorySite site =
        plan instanceof RenderPlan.ProseOf
            ? new MemorySite(served.site(), last.pages())
            : MemorySite.empty();
    render(checked, Audience.AUTHOR, plan, site);
    List<Finding> broken =
        prove(site.pages(), site.files().keySet(), "site", site::mustProve, site::html);
    if (!broken.isEmpty()) {
      served =
          new Served(
              served.site(),
              masked(checked, concat(checked.findings(), broken)),
              true,
              Set.of(),
              version);
      return served;
    }
    last = new Published(checked, Map.copyOf(site.pages()));
    served =
        new Served(
            Map.copyOf(site.files()),
            masked(checked, checked.findings()),
            false,
            Set.copyOf(site.rendered()),
            version);
    return served;
  }

  /** What `serve` shows now. */
  public Served served() {
    return served;
  }

  private Checked readAndCheck() throws IOException {
    ContentReader.Reading reading =
        reader.read(settings.content(), (done, total) -> Progress.count("reading", done, total));
    Timings.mark("read");
    Handbook handbook = reading.handbook();
    if (settings.neverPublish() != null) {
      Path list = settings.neverPublish();
      if (!Files.isRegularFile(list)) {
        throw new IOException("cannot read the never-publish list " + list + ": no such file");
      }
      PrivateMaterial more = handbook.privateMaterial().withTerms(reader.readTermsFile(list));
      handbook = new Handbook(handbook.charter(), handbook.workflows(), handbook.pages(), more);
    }
    Progress.step("checking", handbook.workflows().size());
    HandbookIndex index = new HandbookIndex(handbook);
    List<Finding> findings = Checks.run(handbook, index, reading.findings());
    findings = concat(findings, committedPrivate());
    Timings.mark("check");
    return new Checked(handbook, reading.prose(), index, findings, reading.sharedSources());
  }

  /**
   * The leaks of the shared handbook, rendered into memory: only when there are terms to look for,
   * and only once the content has no other error (it would not be rendered either).
   */
  private Checked leaksInMemory(Checked checked) throws IOException {
    List<PrivateMaterial.Term> terms = checked.handbook().privateMaterial().terms();
    if (terms.isEmpty()) {
      return checked;
    }
    if (checked.errors()) {
      // Another error stops rendering: the terms are still looked for where content writes them.
      return checked.withFindings(LeakScan.inSources(terms, checked.sources(), settings.display()));
    }
    MemorySite shared = MemorySite.empty();
    render(checked, Audience.SHARED, RenderPlan.EVERYTHING, shared);
    return checked.withFindings(
        leaks(checked, shared.files().keySet(), shared.files()::get, "site"));
  }

  /**
   * content/private/ committed to git: the preference and the never-publish list are then read by
   * everyone who can read the repository, whatever the shared handbook leaves out.
   */
  private List<Finding> committedPrivate() throws IOException {
    Path folder = settings.content().resolve("private");
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    Optional<GitHistory> git = GitHistory.of(settings.content());
    if (git.isEmpty()) {
      return List.of();
    }
    Findings found = new Findings();
    for (Path file : git.get().tracked(folder)) {
      found.add(
          Rule.PRIVATE_LEAK,
          SourcePos.start(settings.display().apply(file)),
          "this private file is in git, where everyone who can read the repository reads it: run"
              + " `git rm --cached` on it and keep content/private/ in .gitignore");
    }
    return found.sorted();
  }

  /** An outcome whose findings never print a never-publish term. */
  private static Outcome outcome(Checked checked, List<Finding> findings, boolean published) {
    return new Outcome(checked.handbook(), masked(checked, findings), published);
  }

  private static List<Finding> masked(Checked checked, List<Finding> findings) {
    List<PrivateMaterial.Term> terms = checked.handbook().privateMaterial().terms();
    if (terms.isEmpty()) {
      return findings;
    }
    return findings.stream().map(f -> LeakScan.mask(f, terms)).toList();
  }

  private List<Finding> leaks(
      Checked checked, Set<String> files, Function<String, byte[]> read, String siteName)
      throws IOException {
    List<PrivateMaterial.Term> terms = checked.handbook().privateMaterial().terms();
    List<Finding> found =
        LeakScan.scan(terms, files, read, siteName, checked.sources(), settings.display());
    Timings.mark("leaks");
    return found;
  }

  /**
   * What git says once per pipeline: each file's last change, the commit built from, and the
   * version last shared (read back into a model). An unknown `--since` throws before anything is
   * rendered.
   */
  private SiteOptions options() throws IOException {
    if (options == null) {
      options = gitOptions0();
    }
    return options;
  }

  private SiteOptions gitOptions() {
    try {
      return gitOptions0();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SiteOptions joined(CompletableFuture<SiteOptions> git) throws IOException {
    try {
      return git.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException u) {
        throw u.getCause();
      }
      throw e;
    }
  }

  private SiteOptions gitOptions0() throws IOException {
    Map<String, String> dates = new HashMap<>();
    GitDates.of(settings.content())
        .forEach((file, date) -> dates.put(settings.display().apply(file), date));
    Timings.mark("git dates");
    GitHistory.Version version = null;
    SiteOptions.Previous previous = null;
    Optional<GitHistory> git = GitHistory.of(settings.content());
    if (git.isPresent()) {
      version = git.get().version(settings.templates()).orElse(null);
      Optional<GitHistory.Ref> ref = git.get().previous(settings.since());
      if (ref.isPresent()) {
        previous = new SiteOptions.Previous(ref.get(), readAt(git.get(), ref.get()));
      }
    } else if (settings.since() != null && !settings.since().isBlank()) {
      throw new IOException(
          "--since " + settings.since() + ": the content folder is not in a git repository");
    }
    Timings.mark("git history");
    return new SiteOptions(settings.editUrl(), dates, version, previous);
  }

  /** The content as it was at a shared version, read into a model (its findings do not matter). */
  private Handbook readAt(GitHistory git, GitHistory.Ref ref) throws IOException {
    Path dir = Files.createTempDirectory("handbook-shared-");
    try {
      Path content = dir.resolve("content");
      Files.createDirectories(content);
      git.checkout(ref, content);
      ContentReader old =
          new ContentReader(
              p -> ref.name() + ":" + content.relativize(p).toString().replace('\\', '/'),
              settings.maxFileBytes());
      return old.read(content, (done, total) -> {}).handbook().shared();
    } finally {
      SiteWriter.deleteTree(dir);
    }
  }

  private void render(Checked checked, Audience audience, RenderPlan plan, SiteSink out)
      throws IOException {
    SiteOptions options = options();
    SiteRenderer renderer =
        renderers.computeIfAbsent(
            audience, a -> new SiteRenderer(settings.templates(), options, a));
    try {
      renderer.render(
          checked.handbook(), checked.index(), checked.prose(), checked.findings(), plan, out);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Timings.mark("render " + audience.id());
  }

  /**
   * Everything only when something other than prose changed since the last published run: the model
   * apart from where things were written, or the findings. Otherwise only the workflows whose prose
   * changed.
   */
  private RenderPlan plan(Checked now) {
    if (last == null || !renderers.containsKey(Audience.AUTHOR)) {
      return RenderPlan.EVERYTHING;
    }
    Checked before = last.checked();
    if (!before.findings().equals(now.findings())
        || !Outline.same(before.handbook(), now.handbook())) {
      return RenderPlan.EVERYTHING;
    }
    List<Page> pages = new ArrayList<>(now.handbook().pages());
    pages.addAll(now.handbook().privateMaterial().pages());
    for (Page p : pages) {
      if (!Objects.equals(before.prose().of(p), now.prose().of(p))) {
        return RenderPlan.EVERYTHING;
      }
    }
    Set<String> changed = new HashSet<>();
    for (Workflow w : now.handbook().workflows()) {
      if (w.id() != null && !Objects.equals(before.prose().of(w), now.prose().of(w))) {
        changed.add(w.id().value());
      }
    }
    return RenderPlan.proseOf(changed);
  }

  private static List<Finding> prove(
      Map<String, SiteLinks.PageLinks> pages,
      Set<String> files,
      String siteName,
      Predicate<String> scan,
      Function<String, String> html) {
    Findings broken = new Findings();
    SiteLinks.check(pages, files, siteName, broken, scan, html);
    Timings.mark("prove links");
    return broken.sorted();
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    if (b.isEmpty()) {
      return a;
    }
    List<Finding> all = new ArrayList<>(a);
    all.addAll(b);
    all.sort(Finding.ORDER);
    return all;
  }
}

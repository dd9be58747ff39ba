package dev.handbook;

import dev.handbook.check.Checks;
import dev.handbook.check.Finding;
import dev.handbook.check.Findings;
import dev.handbook.check.Severity;
import dev.handbook.content.ContentReader;
import dev.handbook.content.GitDates;
import dev.handbook.model.Handbook;
import dev.handbook.render.SiteOptions;
import dev.handbook.render.SiteRenderer;
import dev.handbook.site.SiteLinks;
import dev.handbook.site.SiteWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The steps of a run, in order: read the content, check it, render the site, prove its links, write
 * it.
 */
public final class Pipeline {
  private final Function<Path, String> display;
  private final long maxFileBytes;

  /**
   * @param display how a path is shown in findings (relative to the working directory)
   */
  public Pipeline(Function<Path, String> display) {
    this(display, ContentReader.MAX_FILE_BYTES);
  }

  /**
   * @param maxFileBytes content files larger than this are a finding and are not parsed
   */
  public Pipeline(Function<Path, String> display, long maxFileBytes) {
    this.display = display;
    this.maxFileBytes = maxFileBytes;
  }

  /**
   * What a run produced: the model, every finding in reporting order, and whether a site was
   * written.
   */
  public record Outcome(Handbook handbook, List<Finding> findings, boolean siteWritten) {
    public long count(Severity severity) {
      return findings.stream().filter(f -> !f.suppressed() && f.severity() == severity).count();
    }

    /** True when the findings fail the run: any error, or any warning under --strict. */
    public boolean failed(boolean strict) {
      return count(Severity.ERROR) > 0 || (strict && count(Severity.WARNING) > 0);
    }
  }

  /**
   * The site options for a content folder: the edit URL as given, and dates from git keyed as
   * findings name files.
   */
  public SiteOptions options(Path content, String editUrl) {
    Map<String, String> dates = new HashMap<>();
    GitDates.of(content).forEach((file, date) -> dates.put(display.apply(file), date));
    return new SiteOptions(editUrl, dates);
  }

  /**
   * Reads and checks a content folder; writes nothing. Throws only when the folder cannot be read.
   */
  public Outcome check(Path content) throws IOException {
    Findings findings = new Findings();
    Handbook handbook = new ContentReader(display, maxFileBytes).read(content, findings);
    Timings.mark("read");
    Progress.step("checking", handbook.workflows().size());
    Outcome outcome = new Outcome(handbook, Checks.run(handbook, findings), false);
    Timings.mark("check");
    Progress.done();
    return outcome;
  }

  /**
   * Checks, and only when the content passes renders and swaps in the new site; otherwise the old
   * one stays.
   */
  public Outcome build(Path content, Path templates, Path out, boolean strict) throws IOException {
    return build(content, templates, out, strict, "");
  }

  /**
   * As {@link #build(Path, Path, Path, boolean)}, with an "edit this page" base URL and git's dates
   * on pages.
   */
  public Outcome build(Path content, Path templates, Path out, boolean strict, String editUrl)
      throws IOException {
    SiteWriter.checkSafe(out, content, templates);
    Outcome checked = check(content);
    if (checked.failed(strict)) {
      return checked;
    }
    SiteOptions options = options(content, editUrl);
    Timings.mark("git dates");
    int size = checked.handbook().workflows().size();
    // Pages go to a draft folder as they are rendered; it replaces the site only once every link is
    // proved.
    try (SiteWriter.Draft draft = SiteWriter.draft(out)) {
      Progress.step("rendering", size);
      try {
        new SiteRenderer(templates, options).render(checked.handbook(), checked.findings(), draft);
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      Timings.mark("render");
      Progress.step("proving links", size);
      Findings siteFindings = new Findings();
      SiteLinks.check(
          draft.pages(),
          draft.files(),
          display.apply(out),
          siteFindings,
          page -> true,
          draft::html);
      Timings.mark("prove links");
      if (!siteFindings.all().isEmpty()) {
        Progress.done();
        List<Finding> all = new ArrayList<>(checked.findings());
        all.addAll(siteFindings.sorted());
        return new Outcome(checked.handbook(), all, false);
      }
      Progress.step("writing", size);
      draft.publish();
      Timings.mark("write");
      Progress.done();
    }
    return new Outcome(checked.handbook(), checked.findings(), true);
  }
}

package dev.handbook.cli;

import dev.handbook.findings.Finding;
import dev.handbook.render.Audience;
import dev.handbook.site.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * `handbook build`: check, then render the site; a failed check leaves the previous site untouched.
 */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description =
        "Check the content, then render the handbook site. A build with errors writes nothing.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:site written (warnings allowed unless --strict)",
      "1:errors found (or warnings under --strict); the previous site is left as it was",
      "2:the tool could not run"
    })
final class BuildCommand implements Callable<Integer> {
  @Mixin ContentOption contentOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "the output folder (default: site/ for the shared handbook, site-author/ for the author's)")
  Path out;

  @Option(
      names = "--audience",
      paramLabel = "AUDIENCE",
      defaultValue = "shared",
      description =
          "shared (the handbook the CEO and CMO read: no preference, findings or private pages)"
              + " or author (all of it, marked as the author's copy; never publish it)"
              + " (default: ${DEFAULT-VALUE})")
  Audience audience;

  @Option(names = "--strict", description = "fail on warnings too")
  boolean strict;

  @Option(
      names = "--since",
      paramLabel = "REF",
      description =
          "the version last shared, for changes.html: any git revision (default: the shared-* tag"
              + " with the newest commit date; an unknown one exits 2)")
  String since;

  @Option(
      names = "--edit-url",
      paramLabel = "URL",
      defaultValue = "${env:HANDBOOK_EDIT_URL}",
      description =
          "base URL of the repository's edit view; workflow pages link \"Edit this page\" to it plus the file's path (default: $HANDBOOK_EDIT_URL)")
  String editUrl;

  @Spec CommandSpec spec;

  @ParentCommand HandbookCommand top;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Path outDir =
        top.resolve(
            out != null ? out : Path.of(audience == Audience.AUTHOR ? "site-author" : "site"));
    Pipeline.Outcome outcome =
        new Pipeline(contentOption.settings(top, editUrl, since)).build(outDir, strict, audience);
    Report.print(outcome, Report.Format.text, stdout);
    if (!outcome.published()) {
      stdout.println(
          Finding.oneLine("build failed; " + top.display(outDir) + "/ was left as it was"));
      return ExitCode.FINDINGS;
    }
    stdout.println(Finding.oneLine("built " + top.display(outDir) + "/index.html"));
    return ExitCode.OK;
  }
}

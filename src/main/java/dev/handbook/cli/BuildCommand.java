package dev.handbook.cli;

import dev.handbook.Pipeline;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
  @picocli.CommandLine.Mixin ContentOption contentOption;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "the output folder (default: ${DEFAULT-VALUE})",
      defaultValue = "site")
  Path out;

  @Option(names = "--strict", description = "fail on warnings too")
  boolean strict;

  @Option(
      names = "--edit-url",
      paramLabel = "URL",
      defaultValue = "${env:HANDBOOK_EDIT_URL}",
      description =
          "base URL of the repository's edit view; workflow pages link \"Edit this page\" to it plus the file's path (default: $HANDBOOK_EDIT_URL)")
  String editUrl;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @picocli.CommandLine.ParentCommand HandbookCommand top;

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    Path contentDir = top.resolve(contentOption.content);
    Path outDir = top.resolve(out);
    Path templates = contentDir.resolveSibling("templates");
    Pipeline.Outcome outcome =
        new Pipeline(top::display, contentOption.maxFileBytes())
            .build(contentDir, templates, outDir, strict, editUrl);
    Report.print(outcome, Report.Format.text, stdout);
    if (!outcome.siteWritten()) {
      stdout.println("build failed; " + top.display(outDir) + "/ was left as it was");
      return ExitCode.FINDINGS;
    }
    stdout.println("built " + top.display(outDir) + "/index.html");
    return ExitCode.OK;
  }
}

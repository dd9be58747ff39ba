package dev.handbook.cli;

import dev.handbook.site.Pipeline;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `handbook check`: every check, no site. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check the content and print every finding; writes nothing.",
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no errors",
      "1:errors found, or warnings under --strict",
      "2:the tool could not run"
    })
final class CheckCommand implements Callable<Integer> {
  @Mixin ContentOption contentOption;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text, json or sarif (default: ${DEFAULT-VALUE})",
      defaultValue = "text")
  Report.Format format;

  @Option(names = "--strict", description = "fail on warnings too")
  boolean strict;

  @Spec CommandSpec spec;

  @ParentCommand HandbookCommand top;

  @Override
  public Integer call() throws Exception {
    Pipeline.Outcome outcome = new Pipeline(contentOption.settings(top, "")).check();
    Report.print(outcome, format, spec.commandLine().getOut());
    return outcome.failed(strict) ? ExitCode.FINDINGS : ExitCode.OK;
  }
}

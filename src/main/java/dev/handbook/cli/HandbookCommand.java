package dev.handbook.cli;

import dev.handbook.findings.Finding;
import dev.handbook.render.Templates;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `handbook` command and its subcommands; {@link #run} is what main and the tests call. */
@Command(
    name = "handbook",
    mixinStandardHelpOptions = true,
    versionProvider = HandbookCommand.VersionProvider.class,
    description =
        "Checks an operating model kept as code (a role charter and workflow definitions) and renders it as a linked HTML handbook.",
    subcommands = {
      BuildCommand.class,
      CheckCommand.class,
      ServeCommand.class,
      NewCommand.class,
      SchemaCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit status:%n",
    exitCodeList = {
      "0:no errors (warnings allowed unless --strict)",
      "1:errors found, or warnings under --strict",
      "2:the tool could not run (bad arguments, unreadable folder, I/O failure)"
    })
public final class HandbookCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** The folder relative paths are read against and findings are shown relative to. */
  private final Path workingDir;

  HandbookCommand(Path workingDir) {
    this.workingDir = workingDir.toAbsolutePath().normalize();
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: build, check, serve, new or schema");
  }

  /** Runs the command line in the process's working directory and returns the exit status. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Path.of(""));
  }

  /** Runs the command line as if started in workingDir; output goes to the given writers. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Path workingDir) {
    CommandLine cmd = new CommandLine(new HandbookCommand(workingDir));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setExecutionExceptionHandler(
        (e, line, parseResult) -> {
          err.println(Finding.oneLine(cannotRun(e)));
          err.flush();
          return ExitCode.CANNOT_RUN;
        });
    int status;
    try {
      status = cmd.execute(args);
    } catch (Error e) {
      // A project template that recurses without end, a handbook too big for the memory given, or
      // a fault of the tool's own: one line, never a stack trace.
      err.println(Finding.oneLine(cannotRun(e)));
      status = ExitCode.CANNOT_RUN;
    }
    out.flush();
    err.flush();
    return status;
  }

  /** One line on why a run could not happen. */
  static String cannotRun(Throwable e) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return "handbook: " + message;
    }
    if (e instanceof Templates.TemplateFailure) {
      return "handbook: a template failed, so nothing was written: " + message;
    }
    if (e instanceof StackOverflowError) {
      return "handbook: a template calls itself without end, so nothing was written";
    }
    if (e instanceof OutOfMemoryError) {
      return "handbook: out of memory; give Java more (JAVA_TOOL_OPTIONS=-Xmx4g)";
    }
    return "handbook: internal error (" + e + "); please report it with the content that caused it";
  }

  /** Says something that is not a finding, on standard error: a build waiting for another. */
  void notice(String message) {
    PrintWriter err = spec.commandLine().getErr();
    err.println(Finding.oneLine("handbook: " + message));
    err.flush();
  }

  /** A path given on the command line, read against the working directory. */
  Path resolve(Path path) {
    return workingDir.resolve(path).normalize();
  }

  /** How paths are shown in findings: relative to the working directory, with `/` separators. */
  String display(Path path) {
    Path cwd = workingDir;
    Path abs = workingDir.resolve(path).normalize();
    String shown = abs.startsWith(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    return shown.isEmpty() ? "." : shown.replace('\\', '/');
  }

  /**
   * The version Maven wrote into the jar, and the Java running it (as `mvn --version` shows its
   * JVM).
   */
  static final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {
        "handbook " + Version.get(),
        "java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vendor")
            + ", "
            + System.getProperty("java.home")
            + ")"
      };
    }
  }
}

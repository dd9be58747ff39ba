package dev.handbook.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * One run of the command line as a user would make it, with what it printed and its exit status.
 */
public record CliRun(int status, String out, String err) {
  public static CliRun in(Path workingDir, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = HandbookCommand.run(args, new PrintWriter(out), new PrintWriter(err), workingDir);
    return new CliRun(status, out.toString(), err.toString());
  }
}

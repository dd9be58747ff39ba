package dev.handbook.cli;

import dev.handbook.site.ContentWatcher;
import dev.handbook.site.DevServer;
import dev.handbook.site.Pipeline;
import dev.handbook.site.Served;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** `handbook serve`: build, serve on localhost, and rebuild and reload on every change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Build the handbook in memory and serve it on localhost; every saved change rebuilds what it affects",
      "and reloads the open page. While the content has errors, the last good pages stay served with the findings above them."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin ContentOption contentOption;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)",
      defaultValue = "1313")
  int port;

  @Spec CommandSpec spec;
  @ParentCommand HandbookCommand top;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port must be from 0 to 65535 (0 picks a free one), not " + port);
    }
    Pipeline.Settings settings = contentOption.settings(top, "");
    Pipeline pipeline = new Pipeline(settings);
    report(pipeline.serve(List.of()), out, 0);
    try (DevServer server = new DevServer(port, pipeline::served);
        ContentWatcher watcher = new ContentWatcher(settings.content(), settings.templates())) {
      out.println("serving http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop)");
      out.flush();
      watcher.run(
          changed -> {
            long start = System.nanoTime();
            try {
              Served s = pipeline.serve(changed);
              report(s, out, (System.nanoTime() - start) / 1_000_000);
              server.published();
            } catch (IOException | RuntimeException e) {
              spec.commandLine().getErr().println("handbook: rebuild failed: " + e.getMessage());
              spec.commandLine().getErr().flush();
            }
          });
    }
    return ExitCode.OK;
  }

  private static void report(Served s, PrintWriter out, long ms) {
    s.findings().stream().filter(f -> !f.suppressed()).forEach(f -> out.println(f.toText()));
    if (s.failed()) {
      out.println("errors: still serving the last good build");
    } else {
      out.println("built " + s.rendered().size() + " files" + (ms > 0 ? " in " + ms + " ms" : ""));
    }
    out.flush();
  }
}

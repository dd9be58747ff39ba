package dev.handbook.cli;

import dev.handbook.Pipeline;
import dev.handbook.site.ContentWatcher;
import dev.handbook.site.DevServer;
import dev.handbook.site.IncrementalBuild;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `handbook serve`: build, serve on localhost, and rebuild and reload on every change. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Build the handbook in memory and serve it on localhost; every saved change rebuilds what it affects",
      "and reloads the open page. While the content has errors, the last good pages stay served with the findings above them."
    })
final class ServeCommand implements Callable<Integer> {
  @picocli.CommandLine.Mixin ContentOption contentOption;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "the port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one)",
      defaultValue = "1313")
  int port;

  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;
  @picocli.CommandLine.ParentCommand HandbookCommand top;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path contentDir = top.resolve(contentOption.content);
    Path templates = contentDir.resolveSibling("templates");
    IncrementalBuild build =
        new IncrementalBuild(
            contentDir,
            templates,
            top::display,
            new Pipeline(top::display).options(contentDir, ""),
            contentOption.maxFileBytes());
    report(build.full(), out, 0);
    try (DevServer server = new DevServer(port, build::state);
        ContentWatcher watcher = new ContentWatcher(contentDir, templates)) {
      out.println("serving http://127.0.0.1:" + server.port() + "/ (Ctrl-C to stop)");
      out.flush();
      watcher.run(
          changed -> {
            long start = System.nanoTime();
            try {
              IncrementalBuild.State s = build.update(changed);
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

  private static void report(IncrementalBuild.State s, PrintWriter out, long ms) {
    s.findings().stream().filter(f -> !f.suppressed()).forEach(f -> out.println(f.toText()));
    if (s.failed()) {
      out.println("errors: still serving the last good build");
    } else {
      out.println("built " + s.rendered().size() + " files" + (ms > 0 ? " in " + ms + " ms" : ""));
    }
    out.flush();
  }
}

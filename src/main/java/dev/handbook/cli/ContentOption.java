package dev.handbook.cli;

import dev.handbook.site.Pipeline;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The `--content DIR` option every command that reads content shares (a picocli mixin). */
final class ContentOption {
  @Option(
      names = "--content",
      paramLabel = "DIR",
      description = "the content folder (default: ${DEFAULT-VALUE})",
      defaultValue = "content")
  Path content;

  @Option(
      names = "--max-file-kb",
      paramLabel = "KB",
      defaultValue = "1024",
      description =
          "content files larger than this are reported, not read (default: ${DEFAULT-VALUE})")
  long maxFileKb;

  long maxFileBytes() {
    return Math.max(1, maxFileKb) * 1024;
  }

  /** The pipeline's settings: this content folder, the templates beside it. */
  Pipeline.Settings settings(HandbookCommand top, String editUrl) {
    Path dir = top.resolve(content);
    return new Pipeline.Settings(
        dir, dir.resolveSibling("templates"), top::display, maxFileBytes(), editUrl, top::notice);
  }
}

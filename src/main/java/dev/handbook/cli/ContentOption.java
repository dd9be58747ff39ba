package dev.handbook.cli;

import dev.handbook.content.UrlPolicy;
import dev.handbook.site.Pipeline;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

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

  @Option(
      names = "--never-publish",
      paramLabel = "FILE",
      defaultValue = "${env:HANDBOOK_NEVER_PUBLISH}",
      description =
          "more terms that must never appear in the shared handbook, one a line, besides"
              + " content/private/never-publish.txt (default: $HANDBOOK_NEVER_PUBLISH)")
  Path neverPublish;

  /** The command this option is part of, for usage errors. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec mixee;

  long maxFileBytes() {
    return maxFileKb * 1024;
  }

  /** The pipeline's settings: this content folder, the templates beside it. */
  Pipeline.Settings settings(HandbookCommand top, String editUrl) {
    return settings(top, editUrl, null);
  }

  /** The same, comparing with the version `since` names (null: the newest `shared-*` tag). */
  Pipeline.Settings settings(HandbookCommand top, String editUrl, String since) {
    if (maxFileKb < 1 || maxFileKb > 1024L * 1024) {
      throw new ParameterException(
          mixee.commandLine(),
          "--max-file-kb must be a whole number of kilobytes from 1 to 1048576, not " + maxFileKb);
    }
    if (editUrl != null && !editUrl.isBlank() && !UrlPolicy.isWeb(editUrl)) {
      throw new ParameterException(
          mixee.commandLine(),
          "--edit-url must be an http:// or https:// address, not \"" + editUrl.strip() + "\"");
    }
    Path dir = top.resolve(content);
    Path terms =
        neverPublish == null || neverPublish.toString().isBlank()
            ? null
            : top.resolve(neverPublish);
    return new Pipeline.Settings(
        dir,
        dir.resolveSibling("templates"),
        top::display,
        maxFileBytes(),
        editUrl,
        top::notice,
        terms,
        since);
  }
}

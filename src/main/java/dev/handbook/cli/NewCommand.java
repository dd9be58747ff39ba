package dev.handbook.cli;

import dev.handbook.check.HandbookIndex;
import dev.handbook.content.ContentReader;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Area;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Placement;
import dev.handbook.model.SectionName;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * `handbook new workflow ID --category C`: scaffolds a workflow that checks without errors as
 * `ideal`.
 */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    subcommands = NewCommand.Workflow.class,
    description = "Create new content from a scaffold.")
final class NewCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "say what to create: new workflow ID --category C");
  }

  /** Writes `content/workflows/<category>/<id>.md` with the front matter and the nine headings. */
  @Command(
      name = "workflow",
      mixinStandardHelpOptions = true,
      description =
          "Write a new workflow file with its front matter and the nine sections, as an ideal-state entry.")
  static final class Workflow implements Callable<Integer> {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]*");

    @Parameters(
        index = "0",
        paramLabel = "ID",
        description = "the workflow id, e.g. campaign-post-mortem")
    String id;

    @Option(
        names = "--category",
        required = true,
        paramLabel = "C",
        description = "a category id from the charter")
    String category;

    @Mixin ContentOption contentOption;

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;
    @CommandLine.ParentCommand NewCommand parent;

    @Override
    public Integer call() throws IOException {
      HandbookCommand top = (HandbookCommand) parent.spec.parent().userObject();
      Path dir = top.resolve(contentOption.content);
      if (!SLUG.matcher(id).matches()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "\"" + id + "\" is not an id: use lowercase letters, digits and hyphens");
      }
      Handbook handbook = new ContentReader(top::display).read(dir, (done, total) -> {}).handbook();
      Charter charter = handbook.charter();
      HandbookIndex index = new HandbookIndex(handbook);
      if (index.category(category).isEmpty()) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "there is no category \""
                + category
                + "\" in the charter"
                + Suggestions.didYouMean(category, index.categoryIds()));
      }
      Path file = dir.resolve("workflows").resolve(category).resolve(id + ".md");
      if (Files.exists(file)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(), top.display(file) + " already exists; pick another id");
      }
      Files.createDirectories(file.getParent());
      Files.writeString(file, scaffold(charter, index));
      spec.commandLine()
          .getOut()
          .println(
              "wrote "
                  + top.display(file)
                  + " (status: ideal); fill in each section, then run `handbook check`");
      spec.commandLine().getOut().flush();
      return ExitCode.OK;
    }

    /**
     * Front matter that passes every check as written: an area the role owns in every placement,
     * owned by the holder.
     */
    String scaffold(Charter charter, HandbookIndex index) {
      Optional<Area> area =
          charter.areas().stream()
              .filter(
                  a ->
                      charter.placements().stream()
                          .allMatch(p -> p.stanceOn(a.id()) == Placement.Stance.OWNS))
              .findFirst()
              .or(() -> charter.areas().stream().filter(a -> a.owner() != null).findFirst());
      String owner =
          charter.holder() != null
              ? charter.holder().value()
              : charter.members().isEmpty()
                  ? (charter.role() == null ? "owner-id" : charter.role().id())
                  : charter.members().get(0).id();
      String function =
          charter.placements().stream()
              .findFirst()
              .map(p -> p.reportsTo() == null ? null : p.reportsTo().value())
              .orElse(
                  charter.functions().isEmpty() ? "function-id" : charter.functions().get(0).id());
      String title = titleOf(id);
      StringBuilder b = new StringBuilder();
      b.append("---\n");
      b.append("id: ").append(id).append('\n');
      b.append("title: ").append(title).append('\n');
      b.append("category: ").append(category).append('\n');
      b.append("area: ")
          .append(area.map(Area::id).orElse("area-id"))
          .append("  # the scope area this workflow lives in\n");
      b.append("owner: ").append(owner).append("  # who does the work\n");
      b.append(
          "status: ideal  # active | backlog | ideal; backlog and active need priority below\n");
      b.append("criteria:\n");
      b.append("  end-to-end: From what start to what finished result does it run?\n");
      b.append("  cross-functional: [").append(function).append("]\n");
      b.append("  repeatable: What makes it run again and again, and how often?\n");
      b.append("  ai-relevant: What part does AI do or speed up?\n");
      b.append("# priority:  # required once the status is backlog or active; impact comes last\n");
      b.append(
              "#   who-needs-this:\n#   decision-unblocked:\n#   what-breaks:\n#   why-now:\n#   impact:\n#   decided-by: ")
          .append(function)
          .append('\n');
      b.append("---\n");
      for (SectionName section : SectionName.values()) {
        b.append("\n## ").append(section.heading()).append("\n\n");
        switch (section) {
          case CONSUMERS ->
              b.append("- Who uses the outputs? Name each consumer, e.g. @")
                  .append(function)
                  .append('\n');
          case DECISIONS_INFORMED ->
              b.append(
                      "- Which decision does it inform? End the item with the one person or function who decides, e.g. @")
                  .append(function)
                  .append('\n');
          default -> {
            String question = section.question();
            b.append(Character.toUpperCase(question.charAt(0)))
                .append(question.substring(1))
                .append('\n');
          }
        }
      }
      return b.toString();
    }

    private static String titleOf(String id) {
      StringBuilder t = new StringBuilder();
      for (String w : id.split("-")) {
        if (w.isEmpty()) {
          continue;
        }
        if (t.length() > 0) {
          t.append(' ');
        }
        t.append(w.substring(0, 1).toUpperCase(Locale.ROOT)).append(w.substring(1));
      }
      return t.toString();
    }
  }
}

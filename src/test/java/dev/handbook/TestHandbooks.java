package dev.handbook;

import dev.handbook.cli.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Test content: the clean fixture handbook, copied into a folder of the test's own, with overlays.
 */
public final class TestHandbooks {
  private TestHandbooks() {}

  public static final Path RESOURCES = Paths.get("src/test/resources").toAbsolutePath();
  public static final Path FIXTURE = RESOURCES.resolve("fixture/content");
  public static final Path GOLDEN = RESOURCES.resolve("golden");
  public static final Path SHIPPED = Paths.get("content").toAbsolutePath();

  /** Copies the fixture to root/content and returns root. */
  public static Path fixtureIn(Path root) {
    copyTree(FIXTURE, root.resolve("content"));
    return root;
  }

  /**
   * Copies the fixture to root/content, builds it with the CLI into root/site, and returns the site
   * folder.
   */
  public static Path builtFixture(Path root) {
    fixtureIn(root);
    CliRun run = CliRun.in(root, "build");
    if (run.status() != 0) {
      throw new AssertionError("the fixture did not build: " + run.out() + run.err());
    }
    return root.resolve("site");
  }

  /** Writes (or replaces) one content file under root/content. */
  public static void write(Path root, String relative, String text) {
    try {
      Path file = root.resolve("content").resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the first occurrence of a text in a content file, failing loudly if it is absent. */
  /** A content file's text. */
  public static String read(Path root, String relative) {
    try {
      return Files.readString(root.resolve("content").resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void edit(Path root, String relative, String from, String to) {
    try {
      Path file = root.resolve("content").resolve(relative);
      String text = Files.readString(file);
      if (!text.contains(from)) {
        throw new AssertionError(relative + " does not contain: " + from);
      }
      Files.writeString(file, text.replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void copyTree(Path from, Path to) {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path f : files.toList()) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

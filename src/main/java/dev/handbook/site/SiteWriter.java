package dev.handbook.site;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;

/**
 * Writes a rendered site atomically: into a temporary folder beside the target, swapped in only
 * when every file is written, so a failed build leaves the previous site exactly as it was.
 */
public final class SiteWriter {
  private SiteWriter() {}

  /** The output folder is refused; the message says why. */
  public static final class UnsafeOutput extends IOException {
    private static final long serialVersionUID = 1L;

    public UnsafeOutput(String message) {
      super(message);
    }
  }

  /** Refuses output folders whose replacement would destroy something that is not a generated site. */
  public static void checkSafe(Path out, Path content, Path templates) throws UnsafeOutput {
    Path o = out.toAbsolutePath().normalize();
    if (o.getParent() == null) throw new UnsafeOutput("refusing to write the site to " + o + ": that is the file system root");
    Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
    if (o.equals(home)) throw new UnsafeOutput("refusing to write the site to the home folder " + o);
    if (Files.exists(o.resolve(".git"))) throw new UnsafeOutput("refusing to write the site to " + o + ": it is a repository root");
    for (Path guarded : new Path[] {content, templates}) {
      if (guarded == null) continue;
      Path g = guarded.toAbsolutePath().normalize();
      if (o.startsWith(g) || g.startsWith(o)) {
        throw new UnsafeOutput("refusing to write the site to " + o + ": it overlaps the source folder " + g);
      }
    }
  }

  public static void write(Map<String, byte[]> files, Path out) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    String name = target.getFileName().toString();
    recover(parent, name, target);
    Path tmp = Files.createTempDirectory(parent, "." + name + ".tmp-");
    try {
      java.util.Set<Path> dirs = new java.util.TreeSet<>();
      for (String key : files.keySet()) {
        Path file = tmp.resolve(key).normalize();
        if (!file.startsWith(tmp)) throw new IOException("refusing to write outside the site: " + key);
        dirs.add(file.getParent());
      }
      for (Path dir : dirs) Files.createDirectories(dir);
      // Independent files: write them on every core.
      try {
        files.entrySet().parallelStream().forEach(e -> {
          try {
            Files.write(tmp.resolve(e.getKey()), e.getValue());
          } catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
          }
        });
      } catch (java.io.UncheckedIOException ex) {
        throw ex.getCause();
      }
      Path old = null;
      if (Files.exists(target)) {
        old = Files.createTempDirectory(parent, "." + name + ".old-");
        Files.delete(old);
        move(target, old);
      }
      move(tmp, target);
      if (old != null) deleteTree(old);
    } finally {
      if (Files.exists(tmp)) deleteTree(tmp);
    }
  }

  /**
   * Cleans up after a build that was killed: a half-written temporary folder is deleted, and if
   * the kill fell between the two renames of the swap, the previous site is put back.
   */
  private static void recover(Path parent, String name, Path target) throws IOException {
    List<Path> leftovers;
    try (java.util.stream.Stream<Path> list = Files.list(parent)) {
      leftovers = list.filter(p -> {
        String n = p.getFileName().toString();
        return n.startsWith("." + name + ".tmp-") || n.startsWith("." + name + ".old-");
      }).sorted().toList();
    }
    for (Path p : leftovers) {
      if (p.getFileName().toString().startsWith("." + name + ".old-") && !Files.exists(target)) move(p, target);
      else deleteTree(p);
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to);
    }
  }

  static void deleteTree(Path root) throws IOException {
    Files.walkFileTree(root, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
        Files.delete(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}

package dev.handbook.content;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What git knows about the content folder: the commit a build is made from (its id and date, and
 * whether the folder has uncommitted changes), the version last shared (`--since REF`, or the
 * `shared-*` tag with the newest commit date), and the content as it was at that version. Never the
 * clock: two builds of the same commit are the same bytes. Outside a repository, or without git,
 * there is no version and no previous one.
 */
public final class GitHistory {
  /** The commit a handbook was built from; `dirty` when the content had uncommitted changes. */
  public record Version(String commit, String date, boolean dirty) {
    public String shortCommit() {
      return commit.substring(0, Math.min(12, commit.length()));
    }
  }

  /** A version to compare with: how it was named, its commit, and that commit's date. */
  public record Ref(String name, String commit, String date) {}

  /** `--since` named a revision git does not know: the run cannot go on (exit 2). */
  public static final class UnknownRevision extends IOException {
    private static final long serialVersionUID = 1L;

    UnknownRevision(String ref) {
      super(
          "--since "
              + ref
              + ": no such revision in this repository (a tag, a branch or a commit id; run `git"
              + " fetch --tags` if the tag was made elsewhere)");
    }
  }

  private final Path dir;
  private final Path top;
  private final String prefix;

  private GitHistory(Path dir, Path top, String prefix) {
    this.dir = dir;
    this.top = top;
    this.prefix = prefix;
  }

  /** The repository that holds the content folder, if there is one and git runs. */
  public static Optional<GitHistory> of(Path contentDir) {
    Path dir = contentDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      return Optional.empty();
    }
    try {
      String top = text(dir, "git", "rev-parse", "--show-toplevel").strip();
      if (top.isEmpty()) {
        return Optional.empty();
      }
      String prefix = text(dir, "git", "rev-parse", "--show-prefix").strip();
      return Optional.of(new GitHistory(dir, Path.of(top), prefix));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * The commit HEAD points at, or empty in a repository with no commit yet; dirty when the content
   * folder or any of `alsoBuiltFrom` (the templates) has changes not yet committed.
   */
  public Optional<Version> version(Path... alsoBuiltFrom) throws IOException {
    String head = text(dir, "git", "log", "-1", "--format=%H %cs", "HEAD").strip();
    if (head.isEmpty()) {
      return Optional.empty();
    }
    String[] parts = head.split(" ");
    List<String> command =
        new ArrayList<>(
            List.of(
                "git", "status", "--porcelain", "--untracked-files=normal", "--", dir.toString()));
    for (Path folder : alsoBuiltFrom) {
      Path abs = folder.toAbsolutePath().normalize();
      if (Files.isDirectory(abs) && abs.startsWith(top)) { // git refuses paths outside it
        command.add(abs.toString());
      }
    }
    String status = text(dir, command.toArray(String[]::new));
    return Optional.of(new Version(parts[0], parts[1], !status.isBlank()));
  }

  /** The files under `folder` that git tracks (committed or staged), as absolute paths. */
  public List<Path> tracked(Path folder) throws IOException {
    byte[] listing =
        bytes(
            dir, "git", "ls-files", "-z", "--full-name", "--", folder.toAbsolutePath().toString());
    List<Path> files = new ArrayList<>();
    for (String name : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      if (!name.isEmpty()) {
        files.add(top.resolve(name).normalize());
      }
    }
    return files;
  }

  /**
   * The version to compare with: `since` when given (an unknown revision is an error), else the
   * `shared-*` tag whose commit is newest (by name when two share a date); empty when neither.
   */
  public Optional<Ref> previous(String since) throws IOException {
    if (since != null && !since.isBlank()) {
      if (since.startsWith("-")) {
        throw new UnknownRevision(since); // never an option to git
      }
      String commit =
          text(
                  dir,
                  "git",
                  "rev-parse",
                  "--verify",
                  "--quiet",
                  "--end-of-options",
                  since + "^{commit}")
              .strip();
      if (commit.isEmpty()) {
        throw new UnknownRevision(since);
      }
      return Optional.of(new Ref(since, commit, date(commit)));
    }
    String tags =
        text(dir, "git", "for-each-ref", "--format=%(refname:short)", "refs/tags/shared-*");
    Ref newest = null;
    long newestTime = Long.MIN_VALUE;
    for (String tag : tags.lines().map(String::strip).filter(t -> !t.isEmpty()).sorted().toList()) {
      String line = text(dir, "git", "log", "-1", "--format=%H %ct %cs", tag + "^{commit}").strip();
      String[] parts = line.split(" ");
      if (parts.length < 3) {
        continue;
      }
      long time = Long.parseLong(parts[1]);
      if (time >= newestTime) {
        newestTime = time;
        newest = new Ref(tag, parts[0], parts[2]);
      }
    }
    return Optional.ofNullable(newest);
  }

  /**
   * Writes the content folder as it was at `ref` into `into` (which must be empty), read from git's
   * objects: one `git ls-tree` and one `git cat-file --batch`, whatever the number of files.
   */
  public void checkout(Ref ref, Path into) throws IOException {
    byte[] listing =
        bytes(top, "git", "ls-tree", "-r", "-z", "--full-tree", ref.commit(), "--", prefixOrDot());
    List<String> paths = new ArrayList<>();
    List<String> objects = new ArrayList<>();
    for (String entry : new String(listing, StandardCharsets.UTF_8).split("\0")) {
      // <mode> SP <type> SP <object> TAB <path>
      int tab = entry.indexOf('\t');
      if (tab < 0) {
        continue;
      }
      String[] meta = entry.substring(0, tab).split(" ");
      if (meta.length == 3 && meta[1].equals("blob") && !meta[0].equals("120000")) {
        paths.add(entry.substring(tab + 1));
        objects.add(meta[2]);
      }
    }
    if (paths.isEmpty()) {
      return;
    }
    Process p =
        new ProcessBuilder("git", "cat-file", "--batch")
            .directory(top.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    Thread feeder =
        new Thread(
            () -> {
              try (OutputStream in = p.getOutputStream()) {
                for (String object : objects) {
                  in.write((object + "\n").getBytes(StandardCharsets.US_ASCII));
                }
              } catch (IOException e) {
                // git stopped reading; its exit status reports it
              }
            },
            "git-cat-file-feeder");
    feeder.setDaemon(true);
    feeder.start();
    Path root = into.toAbsolutePath().normalize();
    try (InputStream out = p.getInputStream()) {
      for (String path : paths) {
        String header = line(out);
        String[] h = header.split(" ");
        if (h.length != 3 || !h[1].equals("blob")) {
          throw new IOException("git cat-file: unexpected answer \"" + header + "\" for " + path);
        }
        byte[] data = out.readNBytes(Integer.parseInt(h[2]));
        out.read(); // the newline after each object
        String relative = path.substring(prefix.length());
        Path file = root.resolve(relative).normalize();
        if (!file.startsWith(root)) {
          continue;
        }
        Files.createDirectories(file.getParent());
        Files.write(file, data);
      }
    }
    try {
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("git cat-file could not read " + ref.name());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading " + ref.name(), e);
    }
  }

  private String prefixOrDot() {
    return prefix.isEmpty() ? "." : prefix;
  }

  private String date(String commit) throws IOException {
    return text(dir, "git", "log", "-1", "--format=%cs", commit).strip();
  }

  private static String line(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    for (int c; (c = in.read()) != '\n'; ) {
      if (c < 0) {
        throw new IOException("git cat-file stopped early");
      }
      b.write(c);
    }
    return b.toString(StandardCharsets.UTF_8);
  }

  /** A git command's output as text; empty when it fails (see {@link #bytes}). */
  static String text(Path dir, String... command) throws IOException {
    return new String(bytes(dir, command), StandardCharsets.UTF_8);
  }

  /** A git command's output; empty when it fails (a missing revision, no repository). */
  private static byte[] bytes(Path dir, String... command) throws IOException {
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).start();
    } catch (IOException e) {
      return new byte[0]; // no git on this machine
    }
    p.getOutputStream().close();
    Thread drain =
        new Thread(
            () -> {
              try {
                p.getErrorStream().readAllBytes();
              } catch (IOException e) {
                // nothing to do: the exit status decides
              }
            });
    drain.setDaemon(true);
    drain.start();
    byte[] out = p.getInputStream().readAllBytes();
    try {
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0 ? out : new byte[0];
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new byte[0];
    }
  }
}

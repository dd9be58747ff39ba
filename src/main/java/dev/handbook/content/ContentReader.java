package dev.handbook.content;

import dev.handbook.Progress;
import dev.handbook.check.Findings;
import dev.handbook.check.Rule;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Workflow;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads a whole content folder: the charter, every workflow under `workflows/<category>/`, and the
 * free pages. Each file is read once, in parallel; a bad file becomes findings and never stops the
 * others. Throws only when the folder itself cannot be read.
 */
public final class ContentReader {
  /** By default, files above this size are refused with a finding instead of being parsed. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  private final YamlReader yaml = new YamlReader();
  private final MarkdownReader markdown = new MarkdownReader();
  private final WorkflowReader workflows = new WorkflowReader(yaml, markdown);
  private final PageReader pages = new PageReader(yaml, markdown);
  private final Function<Path, String> display;

  private final long maxFileBytes;
  private final Map<Path, Path> realRoots = new ConcurrentHashMap<>();

  /**
   * @param display turns a file's path into the name findings show (relative to the working
   *     directory)
   */
  public ContentReader(Function<Path, String> display) {
    this(display, MAX_FILE_BYTES);
  }

  /**
   * @param maxFileBytes files larger than this are a finding and are not parsed
   */
  public ContentReader(Function<Path, String> display, long maxFileBytes) {
    this.display = display;
    this.maxFileBytes = maxFileBytes;
  }

  public Handbook read(Path contentDir, Findings findings) throws IOException {
    if (!Files.isDirectory(contentDir)) {
      throw new IOException("content folder not found: " + contentDir);
    }
    Charter charter = readCharter(contentDir.resolve("charter.yaml"), findings);
    Path workflowsDir = contentDir.resolve("workflows");
    List<Path> files = workflowFiles(workflowsDir);
    AtomicInteger read = new AtomicInteger();
    List<Workflow> workflows =
        files.parallelStream()
            .map(
                p -> {
                  Optional<Workflow> w = readWorkflow(workflowsDir, p, findings);
                  Progress.count("reading", read.incrementAndGet(), files.size());
                  return w;
                })
            .flatMap(Optional::stream)
            .toList();
    List<Page> pages = new ArrayList<>();
    for (Path p : pageFiles(contentDir.resolve("pages"))) {
      readPage(p, findings).ifPresent(pages::add);
    }
    return new Handbook(charter, workflows, pages);
  }

  /** Every file under `workflows/`, in path order (not only .md: stray files get findings). */
  public static List<Path> workflowFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      // Links are listed, not followed: reading decides whether their target may be read.
      return walk.filter(
              p -> Files.isSymbolicLink(p) || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .sorted(Comparator.comparing(Path::toString))
          .toList();
    }
  }

  /** The free pages: `pages/*.md`, in name order. */
  public static List<Path> pageFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(
              p ->
                  p.getFileName().toString().endsWith(".md")
                      && (Files.isSymbolicLink(p)
                          || Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)))
          .sorted()
          .toList();
    }
  }

  /** Reads charter.yaml; a missing or unreadable charter is a finding and an empty charter. */
  public Charter readCharter(Path path, Findings findings) throws IOException {
    String file = display.apply(path);
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      findings.add(
          Rule.YAML_SYNTAX,
          SourcePos.start(file),
          "there is no charter: write charter.yaml with the role, its functions, team, areas, placements and categories");
      return Charter.empty(file);
    }
    Optional<String> text;
    try {
      text = text(path, file, path.getParent(), findings);
    } catch (IOException e) {
      findings.add(
          Rule.YAML_SYNTAX, SourcePos.start(file), "cannot read the charter: " + e.getMessage());
      return Charter.empty(file);
    }
    if (text.isEmpty()) {
      return Charter.empty(file);
    }
    Optional<YNode> root = yaml.read(text.get(), file, 0, findings);
    if (root.isEmpty()) {
      if (text.get().isBlank()) {
        findings.add(Rule.YAML_SYNTAX, SourcePos.start(file), "the charter is empty");
      }
      return Charter.empty(file);
    }
    return new CharterReader(file, findings).read(root.get());
  }

  /**
   * Reads one file under `workflows/`; empty when it is not a readable workflow (the reason is a
   * finding).
   */
  public Optional<Workflow> readWorkflow(Path root, Path path, Findings findings) {
    String file = display.apply(path);
    Path rel = root.relativize(path);
    if (!file.endsWith(".md")) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "only workflow files (.md) belong under workflows/; move this file out of the content folder");
      return Optional.empty();
    }
    if (rel.getNameCount() != 2) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "a workflow lives at workflows/<category-id>/<workflow-id>.md; move this file into its category's folder");
      return Optional.empty();
    }
    try {
      return text(path, file, root.getParent(), findings)
          .flatMap(t -> workflows.read(t, file, rel.getName(0).toString(), findings));
    } catch (IOException e) {
      findings.add(
          Rule.YAML_SYNTAX, SourcePos.start(file), "cannot read this file: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * Reads one free page; empty when its name is not an id or it cannot be read (a finding says
   * why).
   */
  public Optional<Page> readPage(Path p, Findings findings) throws IOException {
    String file = display.apply(p);
    String id = p.getFileName().toString().replaceFirst("\\.md$", "");
    if (!MapReader.SLUG.matcher(id).matches()) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "page file name \""
              + id
              + ".md\" is not an id: use lowercase letters, digits and hyphens");
      return Optional.empty();
    }
    try {
      return text(p, file, p.getParent().getParent(), findings)
          .map(t -> pages.read(t, file, id, findings));
    } catch (IOException e) {
      findings.add(
          Rule.INVALID_VALUE, SourcePos.start(file), "cannot read this page: " + e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The file as text with Unix line ends, or a finding when it may not or cannot be read: a link
   * leading outside the content folder (never followed), a folder behind a link, a file over the
   * size limit, or bytes that are not UTF-8.
   */
  private Optional<String> text(Path path, String file, Path contentRoot, Findings findings)
      throws IOException {
    Path real;
    try {
      real = path.toRealPath();
    } catch (IOException e) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "symbolic link leads nowhere; remove it or point it at a file inside the content folder");
      return Optional.empty();
    }
    // Checked for every file, not only links: a linked folder (pages/, a category) leads outside
    // too.
    if (!real.startsWith(realRoot(contentRoot))) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "symbolic link leads outside the content folder and is not followed; copy the file into the content folder instead");
      return Optional.empty();
    }
    if (Files.isSymbolicLink(path)) {
      if (!Files.isRegularFile(real)) {
        findings.add(
            Rule.INVALID_VALUE,
            SourcePos.start(file),
            "symbolic link to a folder is not followed; move the files into the content folder");
        return Optional.empty();
      }
    } else if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "not a regular file; the content folder holds only text files");
      return Optional.empty();
    }
    long size = Files.size(path);
    if (size > maxFileBytes) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "file is "
              + size / 1024
              + " KB, over the "
              + maxFileBytes / 1024
              + " KB limit; split it or trim it (or raise --max-file-kb)");
      return Optional.empty();
    }
    byte[] bytes = Files.readAllBytes(path);
    try {
      // Decoding replaces bad bytes with U+FFFD; only then is the strict (slower) decoder asked.
      String text = new String(bytes, StandardCharsets.UTF_8);
      if (text.indexOf('\uFFFD') >= 0) {
        text =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes))
                .toString();
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      return Optional.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    } catch (CharacterCodingException e) {
      findings.add(
          Rule.INVALID_VALUE, badBytePos(bytes, file), "file is not valid UTF-8; save it as UTF-8");
      return Optional.empty();
    }
  }

  /** The content folder's real path, resolved once per folder rather than once per file. */
  private Path realRoot(Path contentRoot) throws IOException {
    Path known = realRoots.get(contentRoot);
    if (known == null) {
      known = contentRoot.toRealPath();
      realRoots.put(contentRoot, known);
    }
    return known;
  }

  private static SourcePos badBytePos(byte[] bytes, String file) {
    var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
      if (bytes[i] < 0) {
        int len =
            (bytes[i] & 0xE0) == 0xC0
                ? 2
                : (bytes[i] & 0xF0) == 0xE0 ? 3 : (bytes[i] & 0xF8) == 0xF0 ? 4 : 1;
        try {
          decoder.reset().decode(ByteBuffer.wrap(bytes, i, Math.min(len, bytes.length - i)));
          i += len - 1;
        } catch (CharacterCodingException e) {
          return new SourcePos(file, line, i - lineStart + 1);
        }
      }
    }
    return new SourcePos(file, line, 1);
  }
}

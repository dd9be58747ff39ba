package dev.handbook.content;

import dev.handbook.findings.Finding;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Located;
import dev.handbook.model.Page;
import dev.handbook.model.PrivateMaterial;
import dev.handbook.model.Prose;
import dev.handbook.model.ProseLibrary;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Workflow;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Reads a content folder: the charter, every workflow under `workflows/<category>/`, and the free
 * pages, in parallel; a bad file becomes findings and never stops the others. Throws only when the
 * folder itself cannot be read.
 *
 * <p>A reader remembers what each file yielded. Reading the folder again (as `serve` does after
 * every save) re-reads only the files that are new, changed on disk, or {@linkplain #forget
 * forgotten}; a file that is gone is dropped. A build reads once, with nothing remembered.
 */
public final class ContentReader {
  /** By default, files above this size are refused with a finding instead of being parsed. */
  public static final long MAX_FILE_BYTES = 1024 * 1024;

  /**
   * Everything read from a content folder, the findings reading it produced, and the files the
   * shared handbook is made from (not those of `private/`), where a leaked term is looked for.
   */
  public record Reading(
      Handbook handbook, ProseLibrary prose, List<Finding> findings, List<Path> sharedSources) {}

  /** What one file yielded, and the file's size and time when it was read. */
  private record Remembered(
      FileTime modified, long size, Optional<? extends Read<?>> read, List<Finding> findings) {}

  private final YamlReader yaml = new YamlReader();
  private final MarkdownReader markdown = new MarkdownReader();
  private final WorkflowReader workflows = new WorkflowReader(yaml, markdown);
  private final PageReader pages = new PageReader(yaml, markdown);
  private final Function<Path, String> display;
  private final long maxFileBytes;
  private final Map<Path, Path> realRoots = new ConcurrentHashMap<>();
  private final Map<Path, Remembered> remembered = new ConcurrentHashMap<>();

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

  /** Hears how many of the workflow files have been read, from any thread. */
  public interface Counter {
    void count(int done, int total);
  }

  /** Reads the folder; `progress` hears how far reading the workflows has come. */
  public Reading read(Path contentDir, Counter progress) throws IOException {
    Path dir = contentDir.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      throw new IOException("content folder not found: " + contentDir);
    }
    Path charterFile = dir.resolve("charter.yaml");
    Path workflowsDir = dir.resolve("workflows");
    List<Path> workflowPaths = workflowFiles(workflowsDir);
    List<Path> pagePaths = pageFiles(dir.resolve("pages"));
    Path privateDir = dir.resolve("private");
    Path authorFile = privateDir.resolve("author.yaml");
    Path termsFile = privateDir.resolve("never-publish.txt");
    List<Path> privatePagePaths = pageFiles(privateDir);

    // Every file is read on the reading threads, whose stacks are deep enough for any Markdown
    // the limits let through; results are gathered in file order.
    Future<Remembered> charterRead =
        READERS.submit(() -> remember(charterFile, () -> readCharter(charterFile)));
    AtomicInteger count = new AtomicInteger();
    List<Future<Remembered>> workflowReads = new ArrayList<>();
    for (Path p : workflowPaths) {
      workflowReads.add(
          READERS.submit(
              () -> {
                Remembered r = remember(p, () -> readWorkflow(workflowsDir, p));
                progress.count(count.incrementAndGet(), workflowPaths.size());
                return r;
              }));
    }
    List<Future<Remembered>> pageReads = new ArrayList<>();
    for (Path p : pagePaths) {
      pageReads.add(READERS.submit(() -> remember(p, () -> readPage(p))));
    }
    for (Path p : privatePagePaths) {
      pageReads.add(READERS.submit(() -> remember(p, () -> readPrivatePage(p))));
    }
    Future<Remembered> authorRead =
        Files.exists(authorFile, LinkOption.NOFOLLOW_LINKS)
            ? READERS.submit(() -> remember(authorFile, () -> readAuthor(authorFile)))
            : null;
    Future<Remembered> termsRead =
        Files.exists(termsFile, LinkOption.NOFOLLOW_LINKS)
            ? READERS.submit(() -> remember(termsFile, () -> readTerms(termsFile)))
            : null;

    Findings findings = new Findings();
    Map<String, Prose> prose = new HashMap<>();
    Remembered c = result(charterRead);
    findings.addAll(c.findings());
    Charter charter =
        c.read().map(r -> (Charter) r.value()).orElse(Charter.empty(display.apply(charterFile)));
    List<Workflow> ws = new ArrayList<>();
    for (Future<Remembered> f : workflowReads) {
      Remembered r = result(f);
      findings.addAll(r.findings());
      r.read()
          .ifPresent(
              read -> {
                Workflow w = (Workflow) read.value();
                prose.put(w.file(), read.prose());
                ws.add(w);
              });
    }
    List<Page> ps = new ArrayList<>();
    List<Page> privatePages = new ArrayList<>();
    for (Future<Remembered> f : pageReads) {
      Remembered r = result(f);
      findings.addAll(r.findings());
      r.read()
          .ifPresent(
              read -> {
                Page page = (Page) read.value();
                prose.put(page.file(), read.prose());
                (page.authorOnly() ? privatePages : ps).add(page);
              });
    }
    Located<String> preferred = null;
    if (authorRead != null) {
      Remembered r = result(authorRead);
      findings.addAll(r.findings());
      preferred = r.read().map(read -> castLocated(read.value())).orElse(null);
    }
    List<PrivateMaterial.Term> terms = new ArrayList<>();
    if (termsRead != null) {
      Remembered r = result(termsRead);
      findings.addAll(r.findings());
      r.read().ifPresent(read -> terms.addAll(castTerms(read.value())));
    }
    Set<Path> seen = new HashSet<>(workflowPaths);
    seen.addAll(pagePaths);
    seen.addAll(privatePagePaths);
    seen.add(charterFile);
    seen.add(authorFile);
    seen.add(termsFile);
    remembered.keySet().retainAll(seen);
    PrivateMaterial mine = new PrivateMaterial(preferred, privatePages, terms);
    List<Path> sources = new ArrayList<>();
    sources.add(charterFile);
    sources.addAll(workflowPaths);
    sources.addAll(pagePaths);
    return new Reading(
        new Handbook(charter, ws, ps, mine), new ProseLibrary(prose), findings.all(), sources);
  }

  /**
   * Deep enough for Flexmark's recursion (and its regular expressions') on anything the limits
   * allow.
   */
  private static final long STACK_BYTES = 256L * 1024 * 1024;

  /**
   * The threads that read content files: one per core, with deep stacks, shared by every reader.
   */
  private static final ExecutorService READERS =
      Executors.newFixedThreadPool(
          Math.max(1, Runtime.getRuntime().availableProcessors()),
          new ThreadFactory() {
            private final AtomicInteger n = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
              Thread t = new Thread(null, r, "handbook-read-" + n.incrementAndGet(), STACK_BYTES);
              t.setDaemon(true);
              return t;
            }
          });

  private static Remembered result(Future<Remembered> f) throws IOException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the content");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw new IOException(e.getCause());
    }
  }

  /** Makes the next read read these files (or everything under these folders) again. */
  public void forget(Collection<Path> changed) {
    for (Path raw : changed) {
      Path p = raw.toAbsolutePath().normalize();
      remembered.keySet().removeIf(k -> k.startsWith(p));
    }
  }

  /** What a file yielded when last read, or a fresh read when it is new or changed since. */
  private Remembered remember(Path file, Supplier<Remembered> read) {
    Remembered known = remembered.get(file);
    FileTime modified = null;
    long size = -1;
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      modified = attributes.lastModifiedTime();
      size = attributes.size();
    } catch (IOException e) {
      // a link that leads nowhere, or a file that just went: read it, and let reading say why
    }
    if (known != null
        && modified != null
        && modified.equals(known.modified())
        && size == known.size()) {
      return known;
    }
    Remembered fresh = read.get();
    Remembered stamped = new Remembered(modified, size, fresh.read(), fresh.findings());
    if (modified != null) {
      remembered.put(file, stamped);
    }
    return stamped;
  }

  private Remembered readCharter(Path path) {
    Findings f = new Findings();
    Charter c;
    try {
      c = readCharter(path, f);
    } catch (IOException e) {
      f.add(
          Rule.YAML_SYNTAX,
          SourcePos.start(display.apply(path)),
          "cannot read the charter: " + e.getMessage());
      c = Charter.empty(display.apply(path));
    }
    return new Remembered(null, -1, Optional.of(new Read<>(c, null)), f.all());
  }

  private Remembered readWorkflow(Path root, Path path) {
    Findings f = new Findings();
    Optional<Read<Workflow>> w = readWorkflow(root, path, f);
    return new Remembered(null, -1, w, f.all());
  }

  @SuppressWarnings("unchecked")
  private static Located<String> castLocated(Object value) {
    return (Located<String>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<PrivateMaterial.Term> castTerms(Object value) {
    return (List<PrivateMaterial.Term>) value;
  }

  private Remembered readPrivatePage(Path path) {
    Findings f = new Findings();
    Optional<Read<Page>> p;
    try {
      p = readPage(path, true, f);
    } catch (IOException e) {
      f.add(
          Rule.INVALID_VALUE,
          SourcePos.start(display.apply(path)),
          "cannot read this page: " + e.getMessage());
      p = Optional.empty();
    }
    return new Remembered(null, -1, p, f.all());
  }

  /** `private/author.yaml`: the author's preferred placement. */
  private Remembered readAuthor(Path path) {
    Findings f = new Findings();
    String file = display.apply(path);
    Optional<Read<Located<String>>> preferred = Optional.empty();
    try {
      Optional<String> text = text(path, file, path.getParent().getParent(), f);
      if (text.isPresent()) {
        Optional<MapReader> fields =
            yaml.read(text.get(), file, 0, f)
                .flatMap(
                    root ->
                        MapReader.of(
                            root, "author.yaml", SourcePos.start(file), List.of("preferred"), f));
        if (fields.isPresent()) {
          Located<String> id = fields.get().slug("preferred", false, "");
          if (id != null) {
            preferred = Optional.of(new Read<>(id, null));
          }
        }
      }
    } catch (IOException e) {
      f.add(Rule.YAML_SYNTAX, SourcePos.start(file), "cannot read author.yaml: " + e.getMessage());
    }
    return new Remembered(null, -1, preferred, f.all());
  }

  /**
   * `private/never-publish.txt`: one term or phrase a line, `#` starts a comment; each with its
   * place, so a leak can be traced back to the line that forbids it.
   */
  private Remembered readTerms(Path path) {
    Findings f = new Findings();
    String file = display.apply(path);
    Optional<Read<List<PrivateMaterial.Term>>> terms = Optional.empty();
    try {
      Optional<String> text = text(path, file, path.getParent().getParent(), f);
      if (text.isPresent()) {
        terms = Optional.of(new Read<>(terms(text.get(), file), null));
      }
    } catch (IOException e) {
      f.add(Rule.INVALID_VALUE, SourcePos.start(file), "cannot read this file: " + e.getMessage());
    }
    return new Remembered(null, -1, terms, f.all());
  }

  /**
   * The terms of a never-publish list: one a line; a line that starts with `#` is a comment (a `#`
   * inside a term, as in "C# rewrite", is part of it).
   */
  public static List<PrivateMaterial.Term> terms(String text, String file) {
    List<PrivateMaterial.Term> terms = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String term = line.strip().startsWith("#") ? "" : line.strip();
      if (!term.isEmpty()) {
        terms.add(
            new PrivateMaterial.Term(
                term, new SourcePos(file, i + 1, line.indexOf(term.charAt(0)) + 1)));
      }
    }
    return terms;
  }

  /** Reads a never-publish list given from outside the content folder (--never-publish). */
  public List<PrivateMaterial.Term> readTermsFile(Path path) throws IOException {
    String file = display.apply(path);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return terms(text.replace("\r\n", "\n").replace('\r', '\n'), file);
  }

  private Remembered readPage(Path path) {
    Findings f = new Findings();
    Optional<Read<Page>> p;
    try {
      p = readPage(path, f);
    } catch (IOException e) {
      f.add(
          Rule.INVALID_VALUE,
          SourcePos.start(display.apply(path)),
          "cannot read this page: " + e.getMessage());
      p = Optional.empty();
    }
    return new Remembered(null, -1, p, f.all());
  }

  /** Every file under `workflows/`, in path order (not only .md: stray files get findings). */
  public static List<Path> workflowFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    List<Path> found = new ArrayList<>();
    // Everything that is not a folder is listed, links included but not followed: reading decides
    // what may be read and says why the rest is not (a pipe or a device is never opened). A
    // folder named like a workflow is listed too, and not entered.
    Files.walkFileTree(
        dir,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
            if (!d.equals(dir) && d.getFileName().toString().endsWith(".md")) {
              found.add(d);
              return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
            found.add(f);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path f, IOException e) {
            found.add(f); // reading it will say what is wrong
            return FileVisitResult.CONTINUE;
          }
        });
    found.sort(Comparator.comparing(Path::toString));
    return found;
  }

  /** The free pages: `pages/*.md`, in name order. */
  public static List<Path> pageFiles(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      // Whatever is named *.md: reading reports a folder, a pipe or a link that may not be read.
      return list.filter(p -> p.getFileName().toString().endsWith(".md")).sorted().toList();
    }
  }

  /** Reads charter.yaml; a missing or unreadable charter is a finding and an empty charter. */
  Charter readCharter(Path path, Findings findings) throws IOException {
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
  Optional<Read<Workflow>> readWorkflow(Path root, Path path, Findings findings) {
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
  Optional<Read<Page>> readPage(Path p, Findings findings) throws IOException {
    return readPage(p, false, findings);
  }

  private Optional<Read<Page>> readPage(Path p, boolean authorOnly, Findings findings)
      throws IOException {
    String file = display.apply(p);
    String id = p.getFileName().toString().replaceFirst("\\.md$", "");
    if (!MapReader.SLUG.matcher(id).matches() || id.length() > MapReader.MAX_ID) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "page file name \""
              + id
              + ".md\" is not an id: use lowercase letters, digits and hyphens, at most "
              + MapReader.MAX_ID
              + " of them");
      return Optional.empty();
    }
    try {
      return text(p, file, p.getParent().getParent(), findings)
          .map(t -> pages.read(t, file, id, authorOnly, findings));
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
            Files.isDirectory(real)
                ? "symbolic link to a folder is not followed; move the files into the content folder"
                : "symbolic link to something that is not a file (a pipe or a device) is never"
                    + " read; link to a Markdown file instead");
        return Optional.empty();
      }
    } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "this is a folder named like a Markdown file; rename it: a workflow or a page is one"
              + " .md file");
      return Optional.empty();
    } else if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
      findings.add(
          Rule.INVALID_VALUE,
          SourcePos.start(file),
          "not a regular file (a pipe, socket or device is never read); the content folder holds"
              + " only text files");
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

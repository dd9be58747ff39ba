package dev.handbook.site;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handbook.findings.Finding;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.PrivateMaterial.Term;
import dev.handbook.model.SourcePos;
import dev.handbook.render.SiteRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Searches everything the shared build writes for the terms that must never be published: each file
 * as written, and as a reader or a program would read it (entities decoded, tags gone, text split
 * across tags or lines joined, JSON escapes undone), case and spacing aside. A hit is a
 * `private-leak` finding at each place in the content where the term is written, naming the output
 * file; when no content file holds it (a template wrote it), at the line of the list that forbids
 * it. A page of the shared handbook that links into `private/` is a leak too.
 */
final class LeakScan {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Markdown marks a term may be split by in content (`**R&**D`): ignored when matching. */
  private static final String MARKS = "*_~`";

  /**
   * Between two attribute values or two JSON strings, which a reader never sees run together: no
   * term matches across it.
   */
  private static final String APART = " \u0001 ";

  private static final Pattern ENTITY =
      Pattern.compile("&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[a-zA-Z][a-zA-Z0-9]{1,31});");

  private LeakScan() {}

  /**
   * @param files every file the shared build wrote, by its path under the site root
   * @param read a file's bytes
   * @param siteName how the output folder is named in messages
   * @param sources the content files the shared handbook is made from
   * @param display how a content file is named in findings
   */
  static List<Finding> scan(
      List<Term> terms,
      Set<String> files,
      Function<String, byte[]> read,
      String siteName,
      List<Path> sources,
      Function<Path, String> display)
      throws IOException {
    Findings findings = new Findings();
    if (terms.isEmpty()) {
      return List.of();
    }
    // Term (normalised) to the output files that hold it.
    Map<Term, Set<String>> hits = new LinkedHashMap<>();
    for (String file : new TreeSet<>(files)) {
      byte[] bytes = read.apply(file);
      if (bytes == null || SiteRenderer.isBundledLibrary(file, bytes)) {
        continue;
      }
      String written = new String(bytes, StandardCharsets.UTF_8);
      String asWritten = normalise(written);
      String asRead = normalise(decoded(file, written));
      for (Term term : terms) {
        String t = normalise(term.text());
        if (!t.isEmpty() && (containsWord(asWritten, t) || containsWord(asRead, t))) {
          hits.computeIfAbsent(term, k -> new TreeSet<>()).add(file);
        }
      }
      if (file.endsWith(".html") && linksIntoPrivate(written)) {
        findings.add(
            Rule.PRIVATE_LEAK,
            new SourcePos(siteName + "/" + file, 1, 1),
            "this page of the shared handbook links into private/, which only the author's"
                + " handbook has; take the link out of the content or template that wrote it");
      }
    }
    if (hits.isEmpty()) {
      return findings.sorted();
    }
    Map<Path, String> texts = new LinkedHashMap<>();
    for (Path source : sources) {
      if (Files.isRegularFile(source)) {
        texts.put(source, Files.readString(source, StandardCharsets.UTF_8));
      }
    }
    for (var hit : hits.entrySet()) {
      Term term = hit.getKey();
      List<String> out = new ArrayList<>(hit.getValue());
      String where =
          siteName
              + "/"
              + out.get(0)
              + (out.size() > 1 ? " and " + (out.size() - 1) + " more files" : "");
      List<SourcePos> places = new ArrayList<>();
      for (var source : texts.entrySet()) {
        for (int offset : find(source.getValue(), term.text())) {
          places.add(position(display.apply(source.getKey()), source.getValue(), offset));
        }
      }
      // The term itself is never printed: CI logs and code-scanning alerts can be read by more
      // people than the handbook; its line in the list says which one it is.
      String list = term.pos().file() + ":" + term.pos().line();
      if (places.isEmpty()) {
        findings.add(
            Rule.PRIVATE_LEAK,
            term.pos(),
            "this term must never be published, yet the shared handbook holds it ("
                + where
                + ") and no content file's text does: look in file and folder names, ids, the git"
                + " tag or branch of the version compared on changes.html, and the templates and"
                + " assets",
            term.pos());
      }
      for (SourcePos place : places) {
        findings.add(
            Rule.PRIVATE_LEAK,
            place,
            "a term that must never be published ("
                + list
                + ") is here and reaches the shared handbook in "
                + where
                + "; take it out, or move this text to content/private/",
            term.pos());
      }
    }
    return findings.sorted();
  }

  /** Lower case, every run of spaces and line breaks one space. */
  static String normalise(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
        }
        space = false;
        out.append(Character.toLowerCase(c));
      }
    }
    return out.toString();
  }

  /** The file as it is read: a page's text and attribute values, or a script's strings. */
  private static String decoded(String file, String written) {
    if (file.endsWith(".html") || file.endsWith(".svg")) {
      Document doc = Jsoup.parse(written);
      StringBuilder text = new StringBuilder(doc.text());
      text.append(APART);
      for (Element e : doc.getAllElements()) {
        for (Attribute a : e.attributes()) {
          text.append(APART).append(a.getValue());
        }
        if (e.normalName().equals("script") || e.normalName().equals("style")) {
          text.append(APART).append(e.data());
        }
      }
      return text.toString();
    }
    if (file.endsWith(".json") || file.endsWith(".js")) {
      int start = written.indexOf(file.endsWith(".js") ? '[' : '{');
      int end = Math.max(written.lastIndexOf(']'), written.lastIndexOf('}'));
      if (start >= 0 && end > start) {
        try {
          StringBuilder text = new StringBuilder();
          strings(JSON.readTree(written.substring(start, end + 1)), text);
          return text.toString();
        } catch (IOException e) {
          // not JSON after all: read as written
        }
      }
    }
    return written;
  }

  private static void strings(JsonNode node, StringBuilder out) {
    if (node.isTextual()) {
      out.append(APART).append(node.asText());
    } else {
      node.forEach(child -> strings(child, out));
      node.fieldNames().forEachRemaining(name -> out.append(APART).append(name));
    }
  }

  private static final Pattern HREF_PRIVATE =
      Pattern.compile("(?:href|src)=\"(?:\\.\\./)*private/", Pattern.CASE_INSENSITIVE);

  private static boolean linksIntoPrivate(String page) {
    return HREF_PRIVATE.matcher(page).find();
  }

  /**
   * Where a term is written in a content file, as a reader of the page would see it: entities and
   * backslash escapes decoded, Markdown marks and line breaks between its words ignored.
   */
  static List<Integer> find(String source, String term) {
    StringBuilder view = new StringBuilder(source.length());
    List<Integer> origin = new ArrayList<>(source.length());
    boolean space = false;
    for (int i = 0; i < source.length(); ) {
      char c = source.charAt(i);
      int start = i;
      String piece;
      if (c == '&') {
        Matcher m = ENTITY.matcher(source).region(i, source.length());
        if (m.lookingAt()) {
          piece = Parser.unescapeEntities(m.group(), false);
          i = m.end();
        } else {
          piece = "&";
          i++;
        }
      } else if (c == '\\' && i + 1 < source.length()) {
        piece = String.valueOf(source.charAt(i + 1));
        i += 2;
      } else {
        piece = String.valueOf(c);
        i++;
      }
      for (int k = 0; k < piece.length(); k++) {
        char p = piece.charAt(k);
        if (MARKS.indexOf(p) >= 0) {
          continue;
        }
        if (Character.isWhitespace(p) || p == '\u00a0') {
          space = view.length() > 0;
          continue;
        }
        if (space) {
          view.append(' ');
          origin.add(start);
          space = false;
        }
        view.append(Character.toLowerCase(p));
        origin.add(start);
      }
    }
    String wanted = normalise(term);
    StringBuilder w = new StringBuilder();
    for (int k = 0; k < wanted.length(); k++) {
      if (MARKS.indexOf(wanted.charAt(k)) < 0) {
        w.append(wanted.charAt(k));
      }
    }
    List<Integer> found = new ArrayList<>();
    String needle = w.toString();
    if (needle.isEmpty()) {
      return found;
    }
    for (int at = view.indexOf(needle); at >= 0; at = view.indexOf(needle, at + 1)) {
      if (wordAt(view, at, needle.length())) {
        found.add(origin.get(at));
      }
    }
    return found;
  }

  /**
   * Whether `needle` occurs in `hay` as whole words: a term that starts or ends with a letter or
   * digit does not match inside a longer word ("Ana" is not in "analytics").
   */
  static boolean containsWord(CharSequence hay, String needle) {
    String h = hay.toString();
    for (int at = h.indexOf(needle); at >= 0; at = h.indexOf(needle, at + 1)) {
      if (wordAt(h, at, needle.length())) {
        return true;
      }
    }
    return false;
  }

  private static boolean wordAt(CharSequence s, int at, int length) {
    boolean startsWord = Character.isLetterOrDigit(s.charAt(at));
    boolean endsWord = Character.isLetterOrDigit(s.charAt(at + length - 1));
    return !(startsWord && at > 0 && Character.isLetterOrDigit(s.charAt(at - 1)))
        && !(endsWord
            && at + length < s.length()
            && Character.isLetterOrDigit(s.charAt(at + length)));
  }

  /**
   * The places in the shared content where a term is written, when the handbook cannot be rendered
   * (another error stops it): each is reported all the same, so one run shows every problem.
   */
  static List<Finding> inSources(
      List<Term> terms, List<Path> sources, Function<Path, String> display) throws IOException {
    Findings findings = new Findings();
    if (terms.isEmpty()) {
      return List.of();
    }
    for (Path source : sources) {
      if (!Files.isRegularFile(source)) {
        continue;
      }
      String text = Files.readString(source, StandardCharsets.UTF_8);
      for (Term term : terms) {
        for (int offset : find(text, term.text())) {
          findings.add(
              Rule.PRIVATE_LEAK,
              position(display.apply(source), text, offset),
              "a term that must never be published ("
                  + term.pos().file()
                  + ":"
                  + term.pos().line()
                  + ") is here and would reach the shared handbook; take it out, or move this"
                  + " text to content/private/",
              term.pos());
        }
      }
    }
    return findings.sorted();
  }

  /**
   * A finding's message with every term replaced: a finding of another rule may quote content (an
   * unknown heading, a misspelt id), and CI logs and code-scanning alerts are read by more people
   * than the handbook.
   */
  static Finding mask(Finding f, List<Term> terms) {
    String message = f.message();
    for (Term term : terms) {
      String words = normalise(term.text());
      if (words.isEmpty()) {
        continue;
      }
      StringBuilder regex = new StringBuilder("(?iu)");
      if (Character.isLetterOrDigit(words.charAt(0))) {
        regex.append("(?<![\\p{L}\\p{N}])");
      }
      regex.append(Pattern.quote(words).replace(" ", "\\E\\s+\\Q"));
      if (Character.isLetterOrDigit(words.charAt(words.length() - 1))) {
        regex.append("(?![\\p{L}\\p{N}])");
      }
      message =
          Pattern.compile(regex.toString())
              .matcher(message)
              .replaceAll(
                  Matcher.quoteReplacement(
                      "[never-publish term, " + term.pos().file() + ":" + term.pos().line() + "]"));
    }
    return message.equals(f.message()) ? f : f.withMessage(message);
  }

  private static SourcePos position(String file, String text, int offset) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePos(file, line, offset - lineStart + 1);
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}

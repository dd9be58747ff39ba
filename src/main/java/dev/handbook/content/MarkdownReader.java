package dev.handbook.content;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.model.Body;
import dev.handbook.model.ListEntry;
import dev.handbook.model.MarkdownLink;
import dev.handbook.model.Mention;
import dev.handbook.model.Prose;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SourcePos;
import dev.handbook.model.WorkflowLink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Parses a Markdown body once and reads what the checks and pages need of it: its H2 sections with
 * every heading's, list item's, mention's and link's real line in the file, and its prose, rendered
 * there and then so the parsed document can be dropped. Safe to share between threads.
 */
final class MarkdownReader {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[.)]\\s+");
  private final ProseRenderer prose = new ProseRenderer();

  /**
   * What a body yields: its structure, its prose, its first H1 (a free page's title), and the
   * reason it could not be read whole, if any (a finding for the caller to report).
   */
  record Parsed(
      Body body, Prose prose, Optional<String> title, Optional<MarkdownLimits.Problem> problem) {}

  /**
   * @param lineOffset how many file lines precede the body (the front matter), so positions are the
   *     file's
   * @param sectioned split the prose at its H2s (a workflow) or keep it whole (a free page)
   */
  Parsed read(String text, String file, int lineOffset, boolean sectioned) {
    Optional<MarkdownLimits.Problem> limit = MarkdownLimits.check(text, file, lineOffset);
    if (limit.isPresent()) {
      return unread(limit.get(), sectioned);
    }
    try {
      return parse(text, file, lineOffset, sectioned);
    } catch (StackOverflowError e) {
      // The reader runs on threads with deep stacks and the limits keep nesting shallow, so this
      // is a last resort: never a crash, always a finding.
      return unread(
          new MarkdownLimits.Problem(
              new SourcePos(file, lineOffset + 1, 1),
              "the Markdown is nested too deeply to read; flatten its quotes, lists and emphasis"),
          sectioned);
    }
  }

  private static Parsed unread(MarkdownLimits.Problem problem, boolean sectioned) {
    Prose empty = new Prose(sectioned ? List.of() : List.of(""), "", List.of(), Prose.MARK);
    return new Parsed(Body.unread(problem.pos()), empty, Optional.empty(), Optional.of(problem));
  }

  private Parsed parse(String text, String file, int lineOffset, boolean sectioned) {
    Document doc = Markdown.parse(text);
    Lines lines = new Lines(text, file, lineOffset);
    List<Section> sections = new ArrayList<>();
    SourcePos stray = null;
    Optional<String> title = Optional.empty();
    Optional<MarkdownLimits.Problem> problem = Optional.empty();

    Heading open = null;
    List<Node> blocks = new ArrayList<>();
    for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (title.isEmpty() && node instanceof Heading h && h.getLevel() == 1) {
        title = Optional.of(headingText(h));
      }
      if (node instanceof FencedCodeBlock fence && fence.getClosingMarker().isEmpty()) {
        problem = Optional.of(unclosed(fence, lines));
      }
      if (node instanceof Heading h && h.getLevel() == 2) {
        if (open != null) {
          sections.add(section(open, blocks, lines));
        }
        open = h;
        blocks = new ArrayList<>();
      } else if (open == null) {
        if (stray == null && !node.getChars().isBlank()) {
          stray = lines.pos(node.getStartOffset());
        }
      } else {
        blocks.add(node);
      }
    }
    if (open != null) {
      sections.add(section(open, blocks, lines));
    }

    List<Mention> mentions = new ArrayList<>();
    List<WorkflowLink> workflowLinks = new ArrayList<>();
    List<MarkdownLink> links = new ArrayList<>();
    collect(doc, lines, mentions, workflowLinks, links);
    Body body =
        new Body(
            sections,
            stray,
            mentions,
            workflowLinks,
            links,
            problem.map(MarkdownLimits.Problem::pos).orElse(null));
    return new Parsed(body, sectioned ? prose.sections(doc) : prose.whole(doc), title, problem);
  }

  /**
   * A code fence with no closing line reads the rest of the file as code: say what it swallowed.
   */
  private static MarkdownLimits.Problem unclosed(FencedCodeBlock fence, Lines lines) {
    List<String> swallowed = new ArrayList<>();
    for (String line : fence.getContentChars().toString().split("\n")) {
      String heading =
          line.startsWith("## ")
              ? LEADING_NUMBER.matcher(line.substring(3).strip()).replaceFirst("")
              : "";
      SectionName.ofHeading(heading).ifPresent(n -> swallowed.add(n.heading()));
    }
    String marker = fence.getOpeningMarker().toString();
    return new MarkdownLimits.Problem(
        lines.pos(fence.getStartOffset()),
        "this code fence ("
            + marker
            + ") is never closed, so everything after it is code"
            + (swallowed.isEmpty()
                ? ""
                : ", the sections " + String.join(", ", swallowed) + " included")
            + "; close it with a "
            + marker
            + " line");
  }

  /** The heading as the author means it: inline text without a leading "1." number. */
  static String headingText(Heading h) {
    return LEADING_NUMBER.matcher(h.getText().toString().strip()).replaceFirst("").strip();
  }

  private static Section section(Heading h, List<Node> blocks, Lines lines) {
    boolean content = blocks.stream().anyMatch(b -> !b.getChars().isBlank());
    List<ListEntry> items = new ArrayList<>();
    for (Node block : blocks) {
      if (!(block instanceof BulletList || block instanceof OrderedList)) {
        continue;
      }
      for (Node item = block.getFirstChild(); item != null; item = item.getNext()) {
        if (!(item instanceof ListItem li)) {
          continue;
        }
        List<Mention> mentions = new ArrayList<>();
        collectMentions(li, lines, mentions);
        items.add(new ListEntry(itemText(li), mentions, lines.pos(li.getStartOffset()), parts(li)));
      }
    }
    return new Section(headingText(h), lines.pos(h.getStartOffset()), content, items);
  }

  private static String itemText(ListItem li) {
    Node first = li.getFirstChild();
    BasedSequence chars = first == null ? li.getChars() : first.getChars();
    return Prose.squeeze(chars.toString());
  }

  /**
   * The item's first block as a reader sees it, not the items nested under it: words, mentions and
   * workflow links, with Markdown's syntax (emphasis marks, link brackets) gone.
   */
  private static List<ListEntry.Part> parts(ListItem item) {
    List<ListEntry.Part> parts = new ArrayList<>();
    StringBuilder words = new StringBuilder();
    Node first = item.getFirstChild();
    Deque<Node> todo = new ArrayDeque<>();
    if (first != null && !(first instanceof ListBlock)) {
      for (Node child = first.getLastChild(); child != null; child = child.getPrevious()) {
        todo.push(child);
      }
    }
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (node instanceof MentionNode m) {
        flush(words, parts);
        parts.add(ListEntry.Part.mention(m.id()));
      } else if (node instanceof WorkflowLinkNode w) {
        flush(words, parts);
        parts.add(ListEntry.Part.workflow(w.target()));
      } else if (node instanceof Text) {
        words.append(node.getChars().unescape());
      } else if (node instanceof Code c) {
        words.append(c.getText());
      } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
        words.append(' ');
      } else {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          todo.push(child);
        }
      }
    }
    flush(words, parts);
    return parts;
  }

  private static void flush(StringBuilder words, List<ListEntry.Part> parts) {
    if (words.length() > 0) {
      parts.add(ListEntry.Part.text(words.toString()));
      words.setLength(0);
    }
  }

  /** Mentions of this item, not of the items nested under it. */
  private static void collectMentions(Node item, Lines lines, List<Mention> out) {
    Deque<Node> todo = new ArrayDeque<>();
    for (Node child = item.getLastChild(); child != null; child = child.getPrevious()) {
      todo.push(child);
    }
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (node instanceof ListBlock) {
        continue;
      }
      if (node instanceof MentionNode m) {
        out.add(new Mention(m.id(), lines.pos(m.getStartOffset())));
      } else {
        for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
          todo.push(child);
        }
      }
    }
  }

  /**
   * Every mention, workflow link and URL of the document, in order, except in code. A walk with its
   * own stack: the depth of a document is the author's to choose, not the call stack's.
   */
  private static void collect(
      Node root,
      Lines lines,
      List<Mention> mentions,
      List<WorkflowLink> wl,
      List<MarkdownLink> links) {
    Deque<Node> todo = new ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (node != root) {
        if (node instanceof Code) {
          continue;
        }
        SourcePos pos = lines.pos(node.getStartOffset());
        if (node instanceof MentionNode m) {
          mentions.add(new Mention(m.id(), pos));
        } else if (node instanceof WorkflowLinkNode w) {
          wl.add(new WorkflowLink(w.target(), w.section(), pos));
        } else if (node instanceof Link l) {
          links.add(new MarkdownLink(l.getUrl().unescape(), MarkdownLink.Kind.LINK, pos));
        } else if (node instanceof Image i) {
          links.add(new MarkdownLink(i.getUrl().unescape(), MarkdownLink.Kind.IMAGE, pos));
        } else if (node instanceof Reference r) {
          links.add(new MarkdownLink(r.getUrl().unescape(), MarkdownLink.Kind.REFERENCE, pos));
        } else if (node instanceof AutoLink a) {
          links.add(new MarkdownLink(a.getUrl().unescape(), MarkdownLink.Kind.AUTOLINK, pos));
        } else if (node instanceof HtmlBlockBase || node instanceof HtmlInlineBase) {
          for (String url : htmlUrls(node.getChars().toString())) {
            links.add(new MarkdownLink(url, MarkdownLink.Kind.HTML, pos));
          }
        }
      }
      // Children in document order: pushed last first.
      for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
        todo.push(child);
      }
    }
  }

  /** The attributes of raw HTML that hold a URL. */
  private static final List<String> URL_ATTRIBUTES =
      List.of(
          "href",
          "src",
          "action",
          "formaction",
          "cite",
          "poster",
          "background",
          "data",
          "xlink:href");

  /**
   * The URLs of a srcset, read as the HTML standard reads it: a URL runs to the next space (a data:
   * URL may hold commas), and its descriptors to the next comma.
   */
  static List<String> srcset(String value) {
    List<String> urls = new ArrayList<>();
    int i = 0;
    int n = value.length();
    while (i < n) {
      while (i < n && (Character.isWhitespace(value.charAt(i)) || value.charAt(i) == ',')) {
        i++;
      }
      int start = i;
      while (i < n && !Character.isWhitespace(value.charAt(i))) {
        i++;
      }
      String url = value.substring(start, i);
      boolean ended = url.endsWith(",");
      url = url.replaceAll(",+$", "");
      if (!url.isEmpty()) {
        urls.add(url);
      }
      if (!ended) {
        int depth = 0;
        while (i < n && (value.charAt(i) != ',' || depth > 0)) {
          depth += value.charAt(i) == '(' ? 1 : value.charAt(i) == ')' ? -1 : 0;
          i++;
        }
      }
    }
    return urls;
  }

  /** Every URL in a piece of raw HTML, entities decoded as a browser decodes them. */
  private static List<String> htmlUrls(String html) {
    List<String> urls = new ArrayList<>();
    for (Element e : Jsoup.parseBodyFragment(html).body().getAllElements()) {
      for (String attribute : URL_ATTRIBUTES) {
        if (e.hasAttr(attribute)) {
          urls.add(e.attr(attribute));
        }
      }
      if (e.hasAttr("srcset")) {
        urls.addAll(srcset(e.attr("srcset")));
      }
    }
    return urls;
  }

  /** Turns a character offset in the body into the file's line and column. */
  private static final class Lines {
    private final int[] starts;
    private final String file;
    private final int offset;

    Lines(String text, String file, int offset) {
      this.file = file;
      this.offset = offset;
      int[] s = new int[16];
      int n = 0;
      s[n++] = 0;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (n == s.length) {
            s = Arrays.copyOf(s, n * 2);
          }
          s[n++] = i + 1;
        }
      }
      starts = Arrays.copyOf(s, n);
    }

    SourcePos pos(int charOffset) {
      int i = Arrays.binarySearch(starts, charOffset);
      int line = i >= 0 ? i : -i - 2;
      return new SourcePos(file, line + 1 + offset, charOffset - starts[line] + 1);
    }
  }
}

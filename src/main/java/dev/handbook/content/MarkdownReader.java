package dev.handbook.content;

import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.handbook.model.Body;
import dev.handbook.model.ListEntry;
import dev.handbook.model.MarkdownLink;
import dev.handbook.model.Mention;
import dev.handbook.model.Prose;
import dev.handbook.model.Section;
import dev.handbook.model.SourcePos;
import dev.handbook.model.WorkflowLink;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses a Markdown body once and reads what the checks and pages need of it: its H2 sections with
 * every heading's, list item's, mention's and link's real line in the file, and its prose, rendered
 * there and then so the parsed document can be dropped. Safe to share between threads.
 */
final class MarkdownReader {
  private static final Pattern LEADING_NUMBER = Pattern.compile("^\\d+[.)]\\s+");
  private final ProseRenderer prose = new ProseRenderer();

  /** What a body yields: its structure, its prose, and its first H1 (a free page's title). */
  record Parsed(Body body, Prose prose, Optional<String> title) {}

  /**
   * @param lineOffset how many file lines precede the body (the front matter), so positions are the
   *     file's
   * @param sectioned split the prose at its H2s (a workflow) or keep it whole (a free page)
   */
  Parsed read(String text, String file, int lineOffset, boolean sectioned) {
    Document doc = Markdown.parse(text);
    Lines lines = new Lines(text, file, lineOffset);
    List<Section> sections = new ArrayList<>();
    SourcePos stray = null;
    Optional<String> title = Optional.empty();

    Heading open = null;
    List<Node> blocks = new ArrayList<>();
    for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
      if (title.isEmpty() && node instanceof Heading h && h.getLevel() == 1) {
        title = Optional.of(headingText(h));
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
    Body body = new Body(sections, stray, mentions, workflowLinks, links);
    return new Parsed(body, sectioned ? prose.sections(doc) : prose.whole(doc), title);
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
        items.add(new ListEntry(itemText(li), mentions, lines.pos(li.getStartOffset())));
      }
    }
    return new Section(headingText(h), lines.pos(h.getStartOffset()), content, items);
  }

  private static String itemText(ListItem li) {
    Node first = li.getFirstChild();
    BasedSequence chars = first == null ? li.getChars() : first.getChars();
    return Prose.squeeze(chars.toString());
  }

  /** Mentions of this item, not of the items nested under it. */
  private static void collectMentions(Node node, Lines lines, List<Mention> out) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof ListBlock) {
        continue;
      }
      if (child instanceof MentionNode m) {
        out.add(new Mention(m.id(), lines.pos(m.getStartOffset())));
      } else {
        collectMentions(child, lines, out);
      }
    }
  }

  private static void collect(
      Node node,
      Lines lines,
      List<Mention> mentions,
      List<WorkflowLink> wl,
      List<MarkdownLink> links) {
    for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
      if (child instanceof Code) {
        continue;
      }
      if (child instanceof MentionNode m) {
        mentions.add(new Mention(m.id(), lines.pos(m.getStartOffset())));
      } else if (child instanceof WorkflowLinkNode w) {
        wl.add(new WorkflowLink(w.target(), w.section(), lines.pos(w.getStartOffset())));
      } else if (child instanceof Link l) {
        links.add(new MarkdownLink(l.getUrl().toString(), false, lines.pos(l.getStartOffset())));
      } else if (child instanceof Image i) {
        links.add(new MarkdownLink(i.getUrl().toString(), true, lines.pos(i.getStartOffset())));
      }
      collect(child, lines, mentions, wl, links);
    }
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

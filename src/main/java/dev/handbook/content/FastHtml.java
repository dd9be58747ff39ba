package dev.handbook.content;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.handbook.model.Prose;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The HTML of a workflow body's sections, written straight from Flexmark's document for the
 * Markdown that workflows are made of: paragraphs, headings, tight lists, quotes, tables, emphasis,
 * code spans, plain links, mentions and workflow links. For anything else it gives up (returns
 * null) and Flexmark's own renderer does the document, so the output is always Flexmark's: {@code
 * ProseTest} holds the two to the same bytes. Flexmark's renderer spends most of a large build in
 * its line-tracking writer and in unescaping every text run with a regex; this walk does neither.
 */
final class FastHtml {
  private static final class GiveUp extends RuntimeException {
    private static final long serialVersionUID = 1L;

    GiveUp() {
      super(null, null, false, false);
    }
  }

  private static final GiveUp GIVE_UP = new GiveUp();

  private final StringBuilder out = new StringBuilder(8192);
  private final Holes holes;
  private final ListOptions lists;
  private final Document doc;

  /** The file's text the document was parsed from, when Flexmark kept it as a String. */
  private final String source;

  private FastHtml(Document doc, Holes holes) {
    this.doc = doc;
    this.holes = holes;
    this.lists = ListOptions.get(doc);
    this.source = doc.getChars().getBaseSequence().getBase() instanceof String text ? text : null;
  }

  /** What the walk wrote: the whole document, and where each top-level H2 starts and ends. */
  record Written(String html, List<int[]> headings) {
    /** Each H2 section's HTML, without its heading, as the reader splits the body. */
    List<String> sections() {
      List<String> sections = new ArrayList<>();
      for (int i = 0; i < headings.size(); i++) {
        int end = i + 1 < headings.size() ? headings.get(i + 1)[0] : html.length();
        sections.add(html.substring(headings.get(i)[1], end).strip());
      }
      return sections;
    }
  }

  /**
   * Each H2 section's HTML, without its heading; null when the body holds Markdown this walk leaves
   * to Flexmark.
   */
  static List<String> sections(Document doc, Holes holes) {
    Written written = document(doc, holes);
    return written == null ? null : written.sections();
  }

  /** The whole document as Flexmark writes it, headings included; null when the walk gives up. */
  static Written document(Document doc, Holes holes) {
    int before = holes.list.size();
    try {
      return new FastHtml(doc, holes).write();
    } catch (GiveUp e) {
      holes.truncate(before);
      return null;
    }
  }

  private Written write() {
    List<int[]> headings = new ArrayList<>();
    boolean opened = false;
    try {
      for (Node node = doc.getFirstChild(); node != null; node = node.getNext()) {
        int start = out.length();
        boolean opens = node instanceof Heading h && h.getLevel() == 2;
        opened |= opens;
        // Neither the H2 that opens a section nor text before the first one is kept: no holes.
        holes.suspend(opens || !opened);
        block(node);
        if (opens) {
          headings.add(new int[] {start, out.length()});
        }
      }
    } finally {
      holes.suspend(false);
    }
    return new Written(out.toString(), headings);
  }

  private void block(Node node) {
    if (node instanceof Paragraph p) {
      if (p.getParent() instanceof ParagraphItemContainer c
          && c.isParagraphWrappingDisabled(p, lists, doc)) {
        inlines(p);
        return;
      }
      out.append("<p>");
      inlines(p);
      out.append("</p>\n");
    } else if (node instanceof Heading h) {
      out.append("<h").append(h.getLevel()).append('>');
      inlines(h);
      out.append("</h").append(h.getLevel()).append(">\n");
    } else if (node instanceof BulletList || node instanceof OrderedList) {
      list((ListBlock) node);
    } else if (node instanceof BlockQuote) {
      out.append("<blockquote>\n");
      blocks(node);
      out.append("</blockquote>\n");
    } else if (node instanceof ThematicBreak) {
      out.append("<hr />\n");
    } else if (node instanceof TableBlock) {
      table(node);
    } else if (!(node instanceof BlankLine || node instanceof Reference)) {
      throw GIVE_UP;
    }
  }

  private void blocks(Node parent) {
    for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
      block(child);
    }
  }

  private void list(ListBlock list) {
    String tag = list instanceof OrderedList ? "ol" : "ul";
    out.append('<').append(tag);
    if (list instanceof OrderedList o && o.getStartNumber() != 1) {
      out.append(" start=\"").append(o.getStartNumber()).append('"');
    }
    out.append(">\n");
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem li)) {
        throw GIVE_UP;
      }
      out.append("<li>");
      for (Node child = li.getFirstChild(); child != null; child = child.getNext()) {
        // A paragraph of a tight item is written bare, after <li>; every other block starts a line,
        // as Flexmark's writer starts one before each block element.
        boolean bare =
            child instanceof Paragraph p && li.isParagraphWrappingDisabled(p, lists, doc);
        if (!bare && !(child instanceof BlankLine) && out.charAt(out.length() - 1) != '\n') {
          out.append('\n');
        }
        block(child);
      }
      out.append("</li>\n");
    }
    out.append("</").append(tag).append(">\n");
  }

  private void table(Node table) {
    out.append("<table>\n");
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableSeparator) {
        continue;
      }
      String tag = part instanceof TableHead ? "thead" : part instanceof TableBody ? "tbody" : null;
      if (tag == null) {
        throw GIVE_UP;
      }
      out.append('<').append(tag).append('>');
      if (part.getFirstChild() != null) {
        out.append('\n'); // Flexmark writes an empty body as <tbody></tbody>
      }
      for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
        if (!(row instanceof TableRow)) {
          throw GIVE_UP;
        }
        out.append("<tr>");
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
          if (!(c instanceof TableCell cell) || cell.getSpan() != 1) {
            throw GIVE_UP;
          }
          String cellTag = cell.isHeader() ? "th" : "td";
          out.append('<').append(cellTag);
          if (cell.getAlignment() != null) {
            out.append(" align=\"")
                .append(cell.getAlignment().cellAlignment().name().toLowerCase(Locale.ROOT))
                .append('"');
          }
          out.append('>');
          inlines(cell);
          out.append("</").append(cellTag).append('>');
        }
        out.append("</tr>\n");
      }
      out.append("</").append(tag).append(">\n");
    }
    out.append("</table>\n");
  }

  private void inlines(Node parent) {
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      inline(node);
    }
  }

  private void inline(Node node) {
    if (node instanceof Text || node instanceof HtmlEntity) {
      text(node.getChars());
    } else if (node instanceof TextBase) {
      inlines(node);
    } else if (node instanceof SoftLineBreak) {
      out.append('\n');
    } else if (node instanceof HardLineBreak) {
      out.append("<br />\n");
    } else if (node instanceof MentionNode m) {
      out.append(holes.add(m.hole()));
    } else if (node instanceof WorkflowLinkNode w) {
      out.append(holes.add(w.hole()));
    } else if (node instanceof Emphasis) {
      wrap("em", node);
    } else if (node instanceof StrongEmphasis) {
      wrap("strong", node);
    } else if (node instanceof Strikethrough) {
      wrap("del", node);
    } else if (node instanceof Code c) {
      BasedSequence code = c.getText();
      if (code.indexOf('\n') >= 0
          || code.startsWith(" ")
          || code.endsWith(" ")
          || code.indexOf('\\') >= 0) {
        throw GIVE_UP;
      }
      out.append("<code>");
      escape(code);
      out.append("</code>");
    } else if (node instanceof RefNode ref && !ref.isDefined()) {
      // A reference with no definition ([draft], a task box [ ]) is its text, as written.
      BasedSequence chars = ref.getChars();
      Node first = ref.getFirstChild();
      if (first == null) {
        text(chars);
        return;
      }
      text(chars.baseSubSequence(chars.getStartOffset(), first.getStartOffset()));
      inlines(ref);
      text(chars.baseSubSequence(ref.getLastChild().getEndOffset(), chars.getEndOffset()));
    } else if (node instanceof Link l && l.getTitle().isEmpty()) {
      String url = l.getUrl().unescape();
      out.append("<a href=\"");
      if (ContentLinks.isLocal(url)) {
        out.append(holes.add(new Prose.LinkHole(url)));
      } else {
        out.append(Escaping.escapeHtml(url, true)); // as Flexmark writes attributes
      }
      out.append("\">");
      inlines(l);
      out.append("</a>");
    } else {
      throw GIVE_UP;
    }
  }

  private void wrap(String tag, Node node) {
    out.append('<').append(tag).append('>');
    inlines(node);
    out.append("</").append(tag).append('>');
  }

  /** Text as Flexmark writes it: backslash escapes and entities resolved, then escaped for HTML. */
  private void text(BasedSequence chars) {
    if (chars.length() > 0
        && (chars.charAt(0) == ' ' || chars.charAt(0) == '\t')
        && out.length() > 0
        && out.charAt(out.length() - 1) == '\n') {
      // Flexmark's writer drops the spaces that start a line (after a hard break, say): rare
      // enough to leave to it.
      throw GIVE_UP;
    }
    if (inSource(chars)) {
      int from = chars.getStartOffset();
      int to = chars.getEndOffset();
      for (int i = from; i < to; i++) {
        char c = source.charAt(i);
        if (c == '\\' || c == '&') {
          out.append(Escaping.escapeHtml(chars.unescape(), false));
          return;
        }
      }
      escape(source, from, to);
    } else if (chars.indexOf('\\') >= 0 || chars.indexOf('&') >= 0) {
      out.append(Escaping.escapeHtml(chars.unescape(), false));
    } else {
      escape(chars, 0, chars.length());
    }
  }

  /** True when the piece is one stretch of the file's own String. */
  private boolean inSource(BasedSequence s) {
    return source != null
        && s.getBaseSequence().getBase() == source
        && s.getEndOffset() - s.getStartOffset() == s.length();
  }

  /**
   * Escapes a piece of the document for HTML. A piece that is one stretch of the file is read from
   * the file's own String: a Flexmark sequence answers each charAt through two layers.
   */
  private void escape(BasedSequence s) {
    if (inSource(s)) {
      escape(source, s.getStartOffset(), s.getEndOffset());
    } else {
      escape(s, 0, s.length());
    }
  }

  private void escape(String s) {
    escape(s, 0, s.length());
  }

  private void escape(CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> out.append(c);
      }
    }
  }
}

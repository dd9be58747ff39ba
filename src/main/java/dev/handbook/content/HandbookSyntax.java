package dev.handbook.content;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Flexmark extension for the handbook's own inline syntax: `@id` mentions and
 * `[[workflow#section]]` links.
 */
public final class HandbookSyntax implements Parser.ParserExtension {
  private static final Pattern MENTION =
      Pattern.compile("@([a-z0-9](?:[a-z0-9-]*[a-z0-9])?)(?![A-Za-z0-9_])");
  private static final Pattern WIKI = Pattern.compile("\\[\\[([^\\[\\]\\n]+)\\]\\]");

  private HandbookSyntax() {}

  public static HandbookSyntax create() {
    return new HandbookSyntax();
  }

  @Override
  public void parserOptions(MutableDataHolder options) {}

  @Override
  public void extend(Parser.Builder builder) {
    builder.customInlineParserExtensionFactory(new Factory("@", Mentions::new));
    builder.customInlineParserExtensionFactory(new Factory("[", WikiLinks::new));
  }

  private record Factory(String chars, Supplier<InlineParserExtension> make)
      implements InlineParserExtensionFactory, Independent {
    @Override
    public CharSequence getCharacters() {
      return chars;
    }

    @Override
    public InlineParserExtension apply(LightInlineParser parser) {
      return make.get();
    }
  }

  /**
   * The pattern matched at the parser's position, and nothing else: the whole match and its groups,
   * the parser moved past it. (Flexmark's own matchWithGroups searches ahead, so a mention that did
   * not match here would swallow the text up to a later one, and each try would scan to the end of
   * the paragraph.)
   */
  private static BasedSequence[] matchHere(LightInlineParser parser, Pattern pattern) {
    BasedSequence input = parser.getInput();
    int at = parser.getIndex();
    Matcher m = pattern.matcher(input);
    m.region(at, input.length());
    if (!m.lookingAt()) {
      return null;
    }
    BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
    for (int i = 0; i < groups.length; i++) {
      groups[i] = m.group(i) == null ? null : input.subSequence(m.start(i), m.end(i));
    }
    parser.setIndex(m.end());
    return groups;
  }

  private abstract static class Inline implements InlineParserExtension {
    @Override
    public void finalizeDocument(InlineParser parser) {}

    @Override
    public void finalizeBlock(InlineParser parser) {}
  }

  private static final class Mentions extends Inline {
    @Override
    public boolean parse(LightInlineParser parser) {
      int at = parser.getIndex();
      // "ops@example.com" is an address, not a mention: a mention starts a word.
      if (at > 0) {
        char before = parser.getInput().charAt(at - 1);
        if (Character.isLetterOrDigit(before) || before == '_' || before == '.' || before == '-') {
          return false;
        }
      }
      BasedSequence[] m = matchHere(parser, MENTION);
      if (m == null) {
        return false;
      }
      parser.flushTextNode();
      parser.getBlock().appendChild(new MentionNode(m[0], m[1].toString()));
      return true;
    }
  }

  private static final class WikiLinks extends Inline {
    @Override
    public boolean parse(LightInlineParser parser) {
      if (parser.peek(1) != '[') {
        return false;
      }
      BasedSequence[] m = matchHere(parser, WIKI);
      if (m == null) {
        return false;
      }
      String inner = m[1].toString().strip();
      int hash = inner.indexOf('#');
      String target = (hash < 0 ? inner : inner.substring(0, hash)).strip();
      String section = hash < 0 ? "" : inner.substring(hash + 1).strip();
      parser.flushTextNode();
      parser.getBlock().appendChild(new WorkflowLinkNode(m[0], target, section));
      return true;
    }
  }
}

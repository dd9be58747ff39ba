package dev.handbook.content;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.handbook.content.YNode.Entry;
import dev.handbook.content.YNode.YList;
import dev.handbook.content.YNode.YMap;
import dev.handbook.content.YNode.YScalar;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.SourcePos;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML text into {@link YNode}s with each key's and value's real position, using Jackson's
 * streaming parser (its tree model drops positions). Syntax errors become `yaml-syntax` findings.
 */
public final class YamlReader {
  private static final int MAX_DEPTH = 40;
  private final YAMLFactory factory;

  public YamlReader() {
    LoaderOptions loader = new LoaderOptions();
    loader.setMaxAliasesForCollections(20);
    loader.setNestingDepthLimit(MAX_DEPTH);
    loader.setCodePointLimit(4 * 1024 * 1024);
    loader.setAllowDuplicateKeys(true); // reported with both positions below, not as a parser error
    factory =
        YAMLFactory.builder()
            .loaderOptions(loader)
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
  }

  /**
   * Parses one YAML document. lineOffset is the number of file lines before the YAML text (the
   * front matter's opening `---`), so positions are the file's own.
   */
  public Optional<YNode> read(String yaml, String file, int lineOffset, Findings findings) {
    try (JsonParser parser = factory.createParser(yaml)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.empty();
      }
      YNode root = node(parser, file, lineOffset, findings);
      if (parser.nextToken() != null) {
        findings.add(
            Rule.YAML_SYNTAX,
            pos(parser.currentTokenLocation(), file, lineOffset),
            "only one YAML document is allowed here; remove the extra `---` and what follows it");
      }
      return Optional.of(root);
    } catch (JsonProcessingException e) {
      if (e.getCause() instanceof MarkedYAMLException y && y.getProblemMark() != null) {
        // SnakeYAML knows the exact spot and says what it expected; Jackson's own message is only
        // the context.
        Mark mark = y.getProblemMark();
        String context =
            y.getContext() == null
                ? ""
                : " ("
                    + y.getContext()
                    + (y.getContextMark() == null || y.getContextMark().getLine() == mark.getLine()
                        ? ""
                        : " that starts on line " + (y.getContextMark().getLine() + 1 + lineOffset))
                    + ")";
        findings.add(
            Rule.YAML_SYNTAX,
            new SourcePos(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1),
            "not valid YAML: " + firstLine(y.getProblem()) + context);
        return Optional.empty();
      }
      JsonLocation loc = e.getLocation();
      SourcePos at =
          loc == null ? new SourcePos(file, lineOffset + 1, 1) : pos(loc, file, lineOffset);
      findings.add(Rule.YAML_SYNTAX, at, "not valid YAML: " + firstLine(e.getOriginalMessage()));
      return Optional.empty();
    } catch (IOException e) {
      findings.add(
          Rule.YAML_SYNTAX,
          new SourcePos(file, lineOffset + 1, 1),
          "not valid YAML: " + firstLine(e.getMessage()));
      return Optional.empty();
    }
  }

  private YNode node(JsonParser p, String file, int offset, Findings findings) throws IOException {
    JsonToken t = p.currentToken();
    SourcePos at = pos(p.currentTokenLocation(), file, offset);
    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
      // Jackson does not expand aliases; saying so beats a silently wrong value (and defuses alias
      // bombs).
      findings.add(
          Rule.YAML_SYNTAX,
          at,
          "YAML aliases (*"
              + p.getText()
              + ") are not supported here; write the value out in full");
      return new YScalar(null, "", at);
    }
    switch (t) {
      case START_OBJECT -> {
        List<Entry> entries = new ArrayList<>();
        Map<String, SourcePos> seen = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String key = p.currentName();
          SourcePos keyPos = pos(p.currentTokenLocation(), file, offset);
          p.nextToken();
          YNode value = node(p, file, offset, findings);
          SourcePos first = seen.putIfAbsent(key, keyPos);
          if (first != null) {
            findings.add(
                Rule.YAML_SYNTAX,
                keyPos,
                "\""
                    + key
                    + "\" is written twice in the same mapping (first at line "
                    + first.line()
                    + "); keep one",
                first);
          } else {
            entries.add(new Entry(key, keyPos, value));
          }
        }
        return new YMap(entries, at);
      }
      case START_ARRAY -> {
        List<YNode> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          items.add(node(p, file, offset, findings));
        }
        return new YList(items, at);
      }
      case VALUE_STRING -> {
        return new YScalar(p.getText(), p.getText(), at);
      }
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
        return new YScalar(p.getNumberValue(), p.getText(), at);
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return new YScalar(t == JsonToken.VALUE_TRUE, p.getText(), at);
      }
      case VALUE_NULL -> {
        return new YScalar(null, "", at);
      }
      default -> {
        return new YScalar(p.getText(), p.getText(), at);
      }
    }
  }

  private static SourcePos pos(JsonLocation loc, String file, int offset) {
    return new SourcePos(file, loc.getLineNr() + offset, loc.getColumnNr());
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable";
    }
    String line = message.strip().lines().findFirst().orElse("unreadable");
    return line.isEmpty() ? "unreadable" : line;
  }
}

package dev.handbook.content;

import dev.handbook.model.SourcePos;
import java.util.Optional;

/**
 * The shapes of Markdown the handbook refuses to parse, found by one pass over the text before the
 * parser sees it: nesting deeper than any workflow needs, and runs of brackets, backticks, angle
 * brackets or punctuation long enough to make the parser's work grow with their square (or its
 * regular expressions recurse as deep as the run is long). Real prose stays far below every limit;
 * a file that passes one is a finding at the line where it happens, not a stalled build.
 */
final class MarkdownLimits {
  /** Quotes and lists inside each other. */
  static final int NESTING = 32;

  /** `[` in one paragraph, table row or list item line: links, workflow links, references. */
  static final int BRACKETS = 128;

  /** Runs of backticks (code spans) in one paragraph. */
  static final int BACKTICK_RUNS = 256;

  /** `<` in one paragraph: raw HTML and autolinks. */
  static final int ANGLES = 256;

  /** The same punctuation character in a row, or `|` on one line (table columns). */
  static final int RUN = 256;

  private MarkdownLimits() {}

  /** Where the text first goes past a limit, and what to do about it; empty when it does not. */
  static Optional<Problem> check(String text, String file, int lineOffset) {
    return new Scan(text, file, lineOffset).run();
  }

  /** Where and why. */
  record Problem(SourcePos pos, String message) {}

  private static final class Scan {
    private final String text;
    private final String file;
    private final int lineOffset;
    private int brackets;
    private int backtickRuns;
    private int angles;
    private int blockLine;

    Scan(String text, String file, int lineOffset) {
      this.text = text;
      this.file = file;
      this.lineOffset = lineOffset;
    }

    Optional<Problem> run() {
      char fence = 0;
      int fenceLength = 0;
      int lineNo = 0;
      int start = 0;
      while (start <= text.length()) {
        int end = text.indexOf('\n', start);
        if (end < 0) {
          end = text.length();
        }
        lineNo++;
        Optional<Problem> problem = Optional.empty();
        int indent = 0;
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
          indent += text.charAt(i) == '\t' ? 4 : 1;
          i++;
        }
        int fenceRun = run(i, end);
        char first = i < end ? text.charAt(i) : 0;
        if (fence != 0) {
          // Inside a fenced code block: literal text, nothing to parse but the closing fence.
          if (first == fence && fenceRun >= fenceLength && indent < 4) {
            fence = 0;
          }
        } else if ((first == '`' || first == '~') && fenceRun >= 3 && indent < 4) {
          fence = first;
          fenceLength = fenceRun;
          endBlock();
        } else if (i == end) {
          endBlock();
        } else {
          problem = line(start, end, lineNo);
        }
        if (problem.isPresent()) {
          return problem;
        }
        start = end + 1;
      }
      return Optional.empty();
    }

    private void endBlock() {
      brackets = 0;
      backtickRuns = 0;
      angles = 0;
      blockLine = 0;
    }

    private Optional<Problem> line(int start, int end, int lineNo) {
      if (blockLine == 0) {
        blockLine = lineNo;
      }
      int depth = 0;
      int spaces = 0;
      int i = start;
      // The containers this line sits in: each > a quote, every two columns of indent a list.
      while (i < end) {
        char c = text.charAt(i);
        if (c == '>') {
          depth++;
        } else if (c == ' ') {
          spaces++;
        } else if (c == '\t') {
          spaces += 4;
        } else {
          break;
        }
        i++;
      }
      depth += spaces / 2;
      if (depth > NESTING) {
        return problem(
            lineNo,
            1,
            "the text here is nested "
                + depth
                + " levels deep (quotes, lists and indentation); the handbook reads at most "
                + NESTING
                + ": flatten it");
      }
      if (i < end && text.charAt(i) == '|') {
        brackets = 0; // a table row: each row's cells are read on their own
        backtickRuns = 0;
        angles = 0;
      }
      int pipes = 0;
      while (i < end) {
        char c = text.charAt(i);
        int column = i - start + 1;
        if (c == '\\' && i + 1 < end) {
          i += 2; // an escaped character is text
          continue;
        }
        int length = run(i, end);
        if (length > RUN && isPunctuation(c)) {
          return problem(
              lineNo,
              column,
              length
                  + " '"
                  + c
                  + "' in a row; the handbook reads runs of at most "
                  + RUN
                  + ": shorten it, or put it in a code block");
        }
        switch (c) {
          case '[' -> brackets += length;
          case '<' -> angles += length;
          case '|' -> pipes += length;
          case '`' -> backtickRuns++;
          default -> {}
        }
        if (brackets > BRACKETS) {
          return problem(lineNo, column, tooMany(brackets, "'[' (links and references)", BRACKETS));
        }
        if (backtickRuns > BACKTICK_RUNS) {
          return problem(lineNo, column, tooMany(backtickRuns, "runs of backticks", BACKTICK_RUNS));
        }
        if (angles > ANGLES) {
          return problem(lineNo, column, tooMany(angles, "'<' (HTML and autolinks)", ANGLES));
        }
        if (pipes > RUN) {
          return problem(
              lineNo,
              column,
              "this line has more than "
                  + RUN
                  + " '|': a table of that many columns cannot be read; split it");
        }
        i += length;
      }
      return Optional.empty();
    }

    private String tooMany(int count, String what, int limit) {
      return "the paragraph from line "
          + (blockLine + lineOffset)
          + " has more than "
          + limit
          + " "
          + what
          + "; the handbook reads at most "
          + limit
          + " in one paragraph: split it, or put literal text in a code block";
    }

    /** How many times the character at i repeats from there, up to the end of the line. */
    private int run(int i, int end) {
      if (i >= end) {
        return 0;
      }
      char c = text.charAt(i);
      int j = i;
      while (j < end && text.charAt(j) == c) {
        j++;
      }
      return j - i;
    }

    private Optional<Problem> problem(int line, int column, String message) {
      return Optional.of(new Problem(new SourcePos(file, line + lineOffset, column), message));
    }
  }

  private static boolean isPunctuation(char c) {
    return switch (c) {
      case '*',
          '_',
          '~',
          '-',
          '=',
          '`',
          '#',
          '>',
          '|',
          '[',
          ']',
          '(',
          ')',
          '<',
          '!',
          '+',
          '.',
          ':',
          '"',
          '\'' ->
          true;
      default -> false;
    };
  }
}

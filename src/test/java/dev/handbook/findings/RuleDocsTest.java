package dev.handbook.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Every rule has one page of documentation in the jar, in the same shape, in a voice fit for
 * executives.
 */
class RuleDocsTest {
  @Test
  void everyRuleHasATitleAndTheFourSections() {
    for (Rule rule : Rule.values()) {
      RuleDocs.Doc doc = RuleDocs.of(rule);
      assertFalse(doc.title().isBlank(), rule.id());
      assertFalse(doc.title().equals(rule.id()), rule.id() + " has no title of its own");
      List<String> headings = new ArrayList<>();
      boolean fenced = false;
      for (String line : doc.markdown().lines().toList()) {
        if (line.strip().startsWith("```")) {
          fenced = !fenced;
        } else if (!fenced && line.startsWith("## ")) {
          headings.add(line);
        }
      }
      assertEquals(
          List.of(
              "## What it protects",
              "## When it fires",
              "## How to fix it",
              "## When to silence it"),
          headings,
          rule.id());
    }
  }

  @Test
  void ruleDocsCarryNoPrivateContext() {
    for (Rule rule : Rule.values()) {
      String text = RuleDocs.of(rule).markdown().toLowerCase(Locale.ROOT);
      for (String word : List.of("scott", "appease", "headcount", "fallback", "underperform")) {
        assertFalse(text.contains(word), rule.id() + " mentions " + word);
      }
      assertTrue(!text.contains("‚Äî"), rule.id());
    }
  }
}

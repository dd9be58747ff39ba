package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Severity;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Handbook;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The nine-section structure: missing-section, section-order, unknown-section, duplicate-section,
 * empty-section.
 */
final class SectionChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    for (Workflow w : handbook.workflows()) {
      check(w, findings);
    }
  }

  private void check(Workflow w, Findings findings) {
    List<Section> sections = w.body().sections();
    boolean whole = w.body().stoppedAt() == null;
    if (!whole && sections.isEmpty()) {
      return; // not read at all: the markdown-syntax finding says why
    }
    if (w.body().strayContent() != null) {
      findings.add(
          Rule.UNKNOWN_SECTION,
          w.body().strayContent(),
          "text before the first section belongs to none of the nine; move it under \"## Objective\" or delete it");
    }
    Map<SectionName, Section> first = new EnumMap<>(SectionName.class);
    List<Section> known = new ArrayList<>();
    for (Section s : sections) {
      SectionName name = s.name().orElse(null);
      if (name == null) {
        String hint =
            Suggestions.nearest(s.heading(), SectionName.headings())
                .map(n -> "; did you mean \"" + n + "\"?")
                .orElse("; the nine are fixed, so put this under one of them as an H3 (###)");
        findings.add(
            Rule.UNKNOWN_SECTION,
            s.pos(),
            "\"" + s.heading() + "\" is not one of the nine sections" + hint);
      } else if (first.containsKey(name)) {
        Section earlier = first.get(name);
        findings.add(
            Rule.DUPLICATE_SECTION,
            s.pos(),
            "\""
                + s.heading()
                + "\" appears twice (first at line "
                + earlier.pos().line()
                + "); merge them into one section",
            earlier.pos());
      } else {
        first.put(name, s);
        known.add(s);
      }
      if (!s.hasContent()) {
        String question =
            name == null ? "write what belongs here or remove the heading" : name.question();
        boolean ideal = w.status() == Status.IDEAL;
        findings.add(
            Rule.EMPTY_SECTION,
            ideal ? Severity.WARNING : Severity.ERROR,
            s.pos(),
            "\"" + s.heading() + "\" is empty; " + question);
      }
    }
    order(known, findings);
    if (whole) {
      // A body read only in part (a code fence never closed) hides its later sections: the
      // markdown-syntax finding names them instead of one missing-section each.
      missing(w, sections, first, findings);
    }
  }

  /**
   * Reports the sections outside the longest run already in order, so one misplaced section is one
   * finding.
   */
  private static void order(List<Section> known, Findings findings) {
    int n = known.size();
    int[] rank = new int[n];
    for (int i = 0; i < n; i++) {
      rank[i] = known.get(i).name().orElseThrow().ordinal();
    }
    int[] len = new int[n];
    int[] prev = new int[n];
    int best = -1;
    for (int i = 0; i < n; i++) {
      len[i] = 1;
      prev[i] = -1;
      for (int j = 0; j < i; j++) {
        // ">=" keeps the later of two equal candidates, so the earlier-written section is the one
        // called out
        if (rank[j] < rank[i] && len[j] + 1 >= len[i]) {
          len[i] = len[j] + 1;
          prev[i] = j;
        }
      }
      if (best < 0 || len[i] >= len[best]) {
        best = i;
      }
    }
    boolean[] inOrder = new boolean[n];
    for (int i = best; i >= 0; i = prev[i]) {
      inOrder[i] = true;
    }
    for (int i = 0; i < n; i++) {
      if (inOrder[i]) {
        continue;
      }
      Section s = known.get(i);
      Section other = null;
      String relation = "before";
      for (int j = i + 1; j < n && other == null; j++) {
        if (inOrder[j] && rank[j] < rank[i]) {
          other = known.get(j);
        }
      }
      if (other == null) {
        relation = "after";
        for (int j = i - 1; j >= 0 && other == null; j--) {
          if (inOrder[j] && rank[j] > rank[i]) {
            other = known.get(j);
          }
        }
      }
      if (other == null) {
        continue;
      }
      findings.add(
          Rule.SECTION_ORDER,
          s.pos(),
          "\""
              + s.heading()
              + "\" comes "
              + relation
              + " \""
              + other.heading()
              + "\"; the nine sections go in order",
          other.pos());
    }
  }

  private static void missing(
      Workflow w, List<Section> sections, Map<SectionName, Section> first, Findings findings) {
    if (first.isEmpty()) {
      SourcePos at = sections.isEmpty() ? w.frontMatterPos() : sections.get(0).pos();
      findings.add(
          Rule.MISSING_SECTION,
          at,
          "none of the nine sections is here; add them in order as H2 headings: "
              + String.join(", ", SectionName.headings().stream().map(n -> "## " + n).toList()));
      return;
    }
    SectionName[] nine = SectionName.values();
    for (int i = 0; i < nine.length; i++) {
      SectionName name = nine[i];
      if (first.containsKey(name)) {
        continue;
      }
      SourcePos at = null;
      for (int j = i + 1; j < nine.length && at == null; j++) {
        Section next = first.get(nine[j]);
        if (next != null) {
          at = next.pos();
        }
      }
      if (at == null) {
        at = sections.isEmpty() ? w.frontMatterPos() : sections.get(sections.size() - 1).pos();
      }
      String where = i == 0 ? "first" : "after \"" + nine[i - 1].heading() + "\"";
      findings.add(
          Rule.MISSING_SECTION,
          at,
          "section \""
              + name.heading()
              + "\" is missing; add \"## "
              + name.heading()
              + "\" "
              + where
              + " and answer: "
              + name.question());
    }
  }
}

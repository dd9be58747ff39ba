package dev.handbook.check;

import dev.handbook.findings.Finding;
import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.findings.Suggestions;
import dev.handbook.model.Handbook;
import dev.handbook.model.Page;
import dev.handbook.model.Suppression;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies `suppress: [{rule, reason}]`: a finding is silenced only in the file it is about and only
 * with a reason, and only for rules that allow it ({@link Rule#suppressible()}); it stays in the
 * results, marked. A suppression that cannot or does not silence anything is itself a finding.
 */
final class SuppressionChecks {
  private SuppressionChecks() {}

  static List<Finding> apply(Handbook handbook, List<Finding> findings) {
    Map<String, List<Suppression>> byFile = new LinkedHashMap<>();
    byFile.put(handbook.charter().file(), handbook.charter().suppressions());
    for (Workflow w : handbook.workflows()) {
      byFile.put(w.file(), w.suppressions());
    }
    for (Page p : handbook.pages()) {
      byFile.put(p.file(), p.suppressions());
    }

    List<Finding> out = new ArrayList<>(findings);
    Findings bad = new Findings();
    List<String> ruleIds = Arrays.stream(Rule.values()).map(Rule::id).toList();
    for (var entry : byFile.entrySet()) {
      for (Suppression s : entry.getValue()) {
        if (Rule.byId(s.rule()).isEmpty()) {
          bad.add(
              Rule.BAD_SUPPRESSION,
              s.pos(),
              "there is no rule \""
                  + s.rule()
                  + "\" to suppress"
                  + Suggestions.didYouMean(s.rule(), ruleIds));
          continue;
        }
        if (!Rule.byId(s.rule()).get().suppressible()) {
          bad.add(
              Rule.BAD_SUPPRESSION,
              s.pos(),
              "\""
                  + s.rule()
                  + "\" cannot be suppressed: the handbook cannot be built correctly"
                  + " around it; fix what it reports instead");
          continue;
        }
        if (s.reason().isBlank()) {
          bad.add(
              Rule.BAD_SUPPRESSION,
              s.pos(),
              "suppression of \""
                  + s.rule()
                  + "\" has no reason, so it silences nothing: say why this is acceptable, for the executive who reads it");
          continue;
        }
        boolean used = false;
        for (int i = 0; i < out.size(); i++) {
          Finding f = out.get(i);
          if (!f.suppressed()
              && f.rule().id().equals(s.rule())
              && f.pos().file().equals(entry.getKey())) {
            out.set(i, f.suppress(s.reason()));
            used = true;
          }
        }
        if (!used) {
          bad.add(
              Rule.BAD_SUPPRESSION,
              s.pos(),
              "suppression of \"" + s.rule() + "\" silences nothing in this file; remove it");
        }
      }
    }
    out.addAll(bad.all());
    out.sort(Finding.ORDER);
    return out;
  }
}

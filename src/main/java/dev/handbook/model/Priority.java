package dev.handbook.model;

import java.util.List;

/**
 * The five prioritization questions and who decides; a missing answer is null. The order the keys
 * were written in is kept so the checker can tell when impact was argued first.
 */
public record Priority(
    Located<String> whoNeedsThis,
    Located<String> decisionUnblocked,
    Located<String> whatBreaks,
    Located<String> whyNow,
    Located<String> impact,
    Located<String> decidedBy,
    List<String> keyOrder,
    SourcePos pos) {
  public Priority {
    keyOrder = List.copyOf(keyOrder);
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * The four tests of a workflow; a missing answer is null. crossFunctional is empty when absent or
 * empty, and null when it was written as something other than a list (already reported).
 */
public record Criteria(
    Located<String> endToEnd,
    List<Located<String>> crossFunctional,
    SourcePos crossFunctionalPos,
    Located<String> repeatable,
    Located<String> aiRelevant,
    SourcePos pos,
    List<String> keys) {
  public Criteria {
    crossFunctional = crossFunctional == null ? null : List.copyOf(crossFunctional);
    keys = List.copyOf(keys);
  }
}

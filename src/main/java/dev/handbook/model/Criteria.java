package dev.handbook.model;

import java.util.List;

/** The four tests of a workflow; a missing or empty one is null / empty. */
public record Criteria(
    Located<String> endToEnd,
    List<Located<String>> crossFunctional,
    SourcePos crossFunctionalPos,
    Located<String> repeatable,
    Located<String> aiRelevant,
    SourcePos pos) {
  public Criteria {
    crossFunctional = List.copyOf(crossFunctional);
  }
}

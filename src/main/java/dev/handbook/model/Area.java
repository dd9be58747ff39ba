package dev.handbook.model;

/** One entry of the scope map's vocabulary: a piece of work that someone must own. */
public record Area(
    String id,
    String name,
    String description,
    Kind kind,
    Located<String> owner,
    boolean systemOfRecord,
    SourcePos pos) {

  /** `what` is strategy, targets and outcomes; `how` is systems, workflows and execution. */
  public enum Kind {
    WHAT,
    HOW
  }
}

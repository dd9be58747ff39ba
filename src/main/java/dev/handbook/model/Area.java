package dev.handbook.model;

import java.util.List;

/**
 * One entry of the scope map's vocabulary: a piece of work that someone must own.
 *
 * @param owner who owns it whenever the role does not
 * @param today who holds it before the role exists, the baseline for impact; null when that is the
 *     owner
 * @param doneBy who does the work ("ownership is who does the work"); empty when not said
 */
public record Area(
    String id,
    String name,
    String description,
    Kind kind,
    Located<String> owner,
    Located<String> today,
    List<Located<String>> doneBy,
    boolean systemOfRecord,
    SourcePos pos) {

  public Area {
    doneBy = List.copyOf(doneBy);
  }

  /** Who holds the area today: `today` when given, else its owner (null when neither is). */
  public Located<String> holderToday() {
    return today != null ? today : owner;
  }

  /** `what` is strategy, targets and outcomes; `how` is systems, workflows and execution. */
  public enum Kind {
    WHAT,
    HOW
  }
}

package dev.handbook.model;

import java.util.List;

/**
 * One alternative construction of the role: where it reports, what it owns, partners on and leaves
 * alone, and why it is defensible (its rationale; "" when none is written).
 */
public record Placement(
    String id,
    String name,
    String description,
    String rationale,
    Located<String> reportsTo,
    List<Located<String>> owns,
    List<Located<String>> partnersOn,
    List<Located<String>> doesNotOwn,
    SourcePos pos,
    SourcePos doesNotOwnPos) {

  public Placement {
    owns = List.copyOf(owns);
    partnersOn = List.copyOf(partnersOn);
    doesNotOwn = List.copyOf(doesNotOwn);
  }

  /** How this placement treats an area. */
  public enum Stance {
    OWNS,
    PARTNERS_ON,
    DOES_NOT_OWN,
    UNASSIGNED
  }

  public Stance stanceOn(String areaId) {
    if (contains(owns, areaId)) {
      return Stance.OWNS;
    }
    if (contains(partnersOn, areaId)) {
      return Stance.PARTNERS_ON;
    }
    if (contains(doesNotOwn, areaId)) {
      return Stance.DOES_NOT_OWN;
    }
    return Stance.UNASSIGNED;
  }

  private static boolean contains(List<Located<String>> ids, String id) {
    for (Located<String> l : ids) {
      if (l.value().equals(id)) {
        return true;
      }
    }
    return false;
  }
}

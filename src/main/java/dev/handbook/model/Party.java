package dev.handbook.model;

/** Anything that can own, decide or consume: the role, a team member or a function. */
public record Party(String id, String name, Kind kind, SourcePos pos) {
  /**
   * What sort of party this is; the role and its team count as one side when ownership is weighed.
   */
  public enum Kind {
    ROLE,
    MEMBER,
    FUNCTION;

    public boolean isRoleSide() {
      return this != FUNCTION;
    }
  }

  public boolean isRoleSide() {
    return kind.isRoleSide();
  }
}

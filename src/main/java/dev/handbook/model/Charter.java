package dev.handbook.model;

import java.util.List;

/**
 * The role charter: the role, the parties around it, its team, the scope map and its placements.
 */
public record Charter(
    String file,
    Party role,
    String thesis,
    List<String> principles,
    List<Party> functions,
    List<Party> members,
    List<Located<String>> holders,
    int activeWorkflowsPerPerson,
    SourcePos capacityPos,
    List<Area> areas,
    List<Placement> placements,
    List<Category> categories,
    List<Suppression> suppressions) {

  public Charter {
    holders = List.copyOf(holders);
    principles = List.copyOf(principles);
    functions = List.copyOf(functions);
    members = List.copyOf(members);
    areas = List.copyOf(areas);
    placements = List.copyOf(placements);
    categories = List.copyOf(categories);
    suppressions = List.copyOf(suppressions);
  }

  /**
   * An empty charter, used when charter.yaml cannot be read, so workflows are still checked for
   * form.
   */
  public static Charter empty(String file) {
    return new Charter(
        file,
        null,
        "",
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        0,
        SourcePos.start(file),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /**
   * The team member who holds the role (`holder: true`): the same person as the role, one page and
   * one capacity. Null unless exactly one member says so (a finding otherwise).
   */
  public Located<String> holder() {
    return holders.size() == 1 ? holders.get(0) : null;
  }
}

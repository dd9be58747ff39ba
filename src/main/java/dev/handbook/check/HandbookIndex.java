package dev.handbook.check;

import dev.handbook.content.ContentLinks;
import dev.handbook.model.Area;
import dev.handbook.model.Category;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Workflow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Lookups by id over a handbook, built once per run so no rule searches lists. */
public final class HandbookIndex {
  private final Map<String, Party> parties = new LinkedHashMap<>();
  private final Map<String, Area> areas = new LinkedHashMap<>();
  private final Map<String, Placement> placements = new LinkedHashMap<>();
  private final Map<String, Category> categories = new LinkedHashMap<>();
  private final Map<String, Workflow> workflows = new LinkedHashMap<>();
  private final ContentLinks links;
  private final Party role;
  private final String holder;

  public HandbookIndex(Handbook handbook) {
    Charter c = handbook.charter();
    role = c.role();
    holder = c.holder() == null ? null : c.holder().value();
    if (c.role() != null) {
      parties.putIfAbsent(c.role().id(), c.role());
    }
    c.members().forEach(m -> parties.putIfAbsent(m.id(), m));
    c.functions().forEach(f -> parties.putIfAbsent(f.id(), f));
    c.areas().forEach(a -> areas.putIfAbsent(a.id(), a));
    c.placements().forEach(p -> placements.putIfAbsent(p.id(), p));
    c.categories().forEach(k -> categories.putIfAbsent(k.id(), k));
    for (Workflow w : handbook.workflows()) {
      if (w.id() != null) {
        workflows.putIfAbsent(w.id().value(), w);
      }
    }
    links = new ContentLinks(handbook);
  }

  public Optional<Party> party(String id) {
    return Optional.ofNullable(parties.get(id));
  }

  public Optional<Area> area(String id) {
    return Optional.ofNullable(areas.get(id));
  }

  public Optional<Placement> placement(String id) {
    return Optional.ofNullable(placements.get(id));
  }

  public Optional<Category> category(String id) {
    return Optional.ofNullable(categories.get(id));
  }

  public Optional<Workflow> workflow(String id) {
    return Optional.ofNullable(workflows.get(id));
  }

  /** True for the role and its team members: the side that does the work and must not decide it. */
  public boolean isRoleSide(String partyId) {
    Party p = parties.get(partyId);
    return p != null && p.isRoleSide();
  }

  public List<String> partyIds() {
    return List.copyOf(parties.keySet());
  }

  public List<String> functionIds() {
    return parties.values().stream()
        .filter(p -> p.kind() == Party.Kind.FUNCTION)
        .map(Party::id)
        .toList();
  }

  public List<String> areaIds() {
    return List.copyOf(areas.keySet());
  }

  public List<String> placementIds() {
    return List.copyOf(placements.keySet());
  }

  public List<String> categoryIds() {
    return List.copyOf(categories.keySet());
  }

  public List<String> workflowIds() {
    return List.copyOf(workflows.keySet());
  }

  /**
   * The placements a workflow applies to: those it names, or every placement when it names none.
   */
  public List<Placement> placementsOf(Workflow w) {
    if (!w.placementsGiven()) {
      return List.copyOf(placements.values());
    }
    return w.placements().stream().flatMap(p -> placement(p.value()).stream()).toList();
  }

  /**
   * Who owns an area in a placement: the role when the placement owns it, otherwise the area's
   * owner (may be null).
   */
  public String ownerIn(Placement p, Area a) {
    if (p.stanceOn(a.id()) == Placement.Stance.OWNS && role != null) {
      return role.id();
    }
    return a.owner() == null ? null : a.owner().value();
  }

  /**
   * The party whose page shows this one: the role for the team member who holds it (one person, one
   * page), everyone else their own.
   */
  public String pageOf(String partyId) {
    return role != null && partyId.equals(holder) ? role.id() : partyId;
  }

  /** The parties a page speaks for: the role's page speaks for its holder too. */
  public Set<String> partiesOnPage(String pageId) {
    if (role != null && pageId.equals(role.id()) && holder != null) {
      return Set.of(role.id(), holder);
    }
    return Set.of(pageId);
  }

  /** The id of the team member who holds the role, or null. */
  public String holderId() {
    return holder;
  }

  /** A party's display name, or the id itself when it names nobody. */
  public String name(String partyId) {
    Party p = parties.get(partyId);
    return p == null ? partyId : p.name();
  }

  public ContentLinks links() {
    return links;
  }
}

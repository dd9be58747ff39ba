package dev.handbook.content;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Area;
import dev.handbook.model.Category;
import dev.handbook.model.Charter;
import dev.handbook.model.Located;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Suppression;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Binds `charter.yaml` to a {@link Charter}, reporting every field problem instead of stopping at
 * the first.
 */
final class CharterReader {
  private static final List<String> TOP =
      List.of(
          "role",
          "principles",
          "functions",
          "team",
          "areas",
          "placements",
          "categories",
          "suppress");
  private static final List<String> ROLE = List.of("id", "title", "thesis");
  private static final List<String> FUNCTION = List.of("id", "name");
  private static final List<String> TEAM = List.of("members", "active-workflows-per-person");
  private static final List<String> MEMBER = List.of("id", "title", "holder");
  private static final List<String> AREA =
      List.of("id", "name", "kind", "owner", "today", "done-by", "system-of-record", "description");
  private static final List<String> PLACEMENT =
      List.of(
          "id",
          "name",
          "rationale",
          "reports-to",
          "owns",
          "partners-on",
          "does-not-own",
          "description");

  /** Placement fields that moved out of the charter: reported with where they live now. */
  private static final List<String> PLACEMENT_RETIRED = List.of("preferred");

  private static final List<String> CATEGORY = List.of("id", "name");

  private final Findings findings;
  private final String file;

  CharterReader(String file, Findings findings) {
    this.file = file;
    this.findings = findings;
  }

  Charter read(YNode root) {
    Optional<MapReader> top =
        MapReader.of(root, "the charter", SourcePos.start(file), TOP, findings);
    if (top.isEmpty()) {
      return Charter.empty(file);
    }
    MapReader c = top.get();

    Party role = null;
    String thesis = "";
    if (c.has("role")) {
      Optional<MapReader> r =
          MapReader.of(c.get("role").get(), "the charter's role", c.keyPos("role"), ROLE, findings);
      if (r.isPresent()) {
        Located<String> id =
            r.get().slug("id", true, "the role needs an id so workflows can name it as an owner");
        Located<String> title = r.get().text("title", true, "");
        Located<String> t = r.get().text("thesis", true, "one sentence on why the role exists");
        if (id != null) {
          role =
              new Party(
                  id.value(),
                  title == null ? id.value() : title.value(),
                  Party.Kind.ROLE,
                  id.pos());
        }
        if (t != null) {
          thesis = t.value();
        }
      }
    } else {
      c.missing("role", "say what the role is and why it exists");
    }

    List<String> principles = new ArrayList<>();
    for (YNode p : c.list("principles", false, "")) {
      Located<String> t = c.text(p, "principles");
      if (t != null && !t.value().isEmpty()) {
        principles.add(t.value());
      }
    }

    List<Party> functions = new ArrayList<>();
    for (YNode f :
        c.list("functions", true, "list every party that can own or consume something")) {
      MapReader.of(f, "a function", f.pos(), FUNCTION, findings)
          .ifPresent(
              m -> {
                Located<String> id = m.slug("id", true, "");
                Located<String> name = m.text("name", true, "");
                if (id != null) {
                  functions.add(
                      new Party(
                          id.value(),
                          name == null ? id.value() : name.value(),
                          Party.Kind.FUNCTION,
                          id.pos()));
                }
              });
    }

    List<Party> members = new ArrayList<>();
    List<Located<String>> holders = new ArrayList<>();
    int capacity = 0;
    SourcePos capacityPos = c.keyPos("team");
    if (c.has("team")) {
      Optional<MapReader> team =
          MapReader.of(c.get("team").get(), "the team", c.keyPos("team"), TEAM, findings);
      if (team.isPresent()) {
        for (YNode mnode : team.get().list("members", true, "the role's own people do its work")) {
          Optional<MapReader> m =
              MapReader.of(mnode, "a team member", mnode.pos(), MEMBER, findings);
          if (m.isEmpty()) {
            continue;
          }
          Located<String> id = m.get().slug("id", true, "");
          Located<String> title = m.get().text("title", true, "");
          if (id == null) {
            continue;
          }
          members.add(
              new Party(
                  id.value(),
                  title == null ? id.value() : title.value(),
                  Party.Kind.MEMBER,
                  id.pos()));
          if (m.get().bool("holder")) {
            holders.add(id);
          }
        }
        capacityPos = team.get().keyPos("active-workflows-per-person");
        capacity = capacity(team.get());
      }
    } else {
      c.missing("team", "name the role's people and how many active workflows each can carry");
    }

    List<Area> areas = new ArrayList<>();
    for (YNode a : c.list("areas", true, "the scope map needs its areas")) {
      MapReader.of(a, "an area", a.pos(), AREA, findings)
          .ifPresent(m -> area(m).ifPresent(areas::add));
    }

    List<Placement> placements = new ArrayList<>();
    for (YNode p : c.list("placements", true, "describe at least one placement of the role")) {
      MapReader.of(p, "a placement", p.pos(), PLACEMENT, PLACEMENT_RETIRED, findings)
          .ifPresent(m -> placement(m).ifPresent(placements::add));
    }

    List<Category> categories = new ArrayList<>();
    for (YNode k : c.list("categories", true, "workflows are filed under categories")) {
      MapReader.of(k, "a category", k.pos(), CATEGORY, findings)
          .ifPresent(
              m -> {
                Located<String> id = m.slug("id", true, "");
                Located<String> name = m.text("name", true, "");
                if (id != null) {
                  categories.add(
                      new Category(id.value(), name == null ? id.value() : name.value(), id.pos()));
                }
              });
    }

    List<Suppression> suppressions = c.suppressions();
    return new Charter(
        file,
        role,
        thesis,
        principles,
        functions,
        members,
        holders,
        capacity,
        capacityPos,
        areas,
        placements,
        categories,
        suppressions);
  }

  private int capacity(MapReader team) {
    Optional<YNode> node = team.get("active-workflows-per-person");
    if (node.isEmpty()) {
      team.missing(
          "active-workflows-per-person", "a three-person team needs an explicit capacity limit");
      return 0;
    }
    if (node.get() instanceof YNode.YScalar s
        && s.value() instanceof Number n
        && n.longValue() >= 1
        && n.longValue() <= 1000
        && n.doubleValue() == n.longValue()) {
      return n.intValue();
    }
    findings.add(
        Rule.INVALID_VALUE,
        node.get().pos(),
        "\"active-workflows-per-person\" must be a whole number of at least 1, not \""
            + textOf(node.get())
            + "\"");
    return 0;
  }

  private Optional<Area> area(MapReader m) {
    Located<String> id = m.slug("id", true, "");
    Located<String> name = m.text("name", true, "");
    Located<String> kindText =
        m.text(
            "kind",
            true,
            "say whether it is `what` (strategy, targets, outcomes) or `how` (systems, workflows, execution)");
    Located<String> owner = m.slug("owner", false, "");
    Located<String> today = m.slug("today", false, "");
    List<Located<String>> doneBy = orEmpty(m.slugList("done-by", false, ""));
    Located<String> description = m.text("description", false, "");
    boolean sor = m.bool("system-of-record");
    Area.Kind kind = null;
    if (kindText != null) {
      switch (kindText.value()) {
        case "what" -> kind = Area.Kind.WHAT;
        case "how" -> kind = Area.Kind.HOW;
        default ->
            findings.add(
                Rule.INVALID_VALUE,
                kindText.pos(),
                "\"kind\" must be `what` (strategy, targets, budget, messaging, prioritization, outcomes) or `how` (systems, workflows, execution, analytics, learning loops), not \""
                    + kindText.value()
                    + "\"");
      }
    }
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Area(
            id.value(),
            name == null ? id.value() : name.value(),
            description == null ? "" : description.value(),
            kind == null ? Area.Kind.HOW : kind,
            owner,
            today,
            doneBy,
            sor,
            id.pos()));
  }

  private Optional<Placement> placement(MapReader m) {
    Located<String> id = m.slug("id", true, "");
    Located<String> name = m.text("name", true, "");
    Located<String> description = m.text("description", false, "");
    Located<String> rationale = m.text("rationale", false, "");
    if (m.has("preferred")) {
      // The preference is the author's private position: everyone who can read the repository
      // reads the charter, and the shared handbook is built from it.
      findings.add(
          Rule.UNKNOWN_FIELD,
          m.keyPos("preferred"),
          "\"preferred\" no longer belongs in the charter, which everyone who reads the repository"
              + " sees: write `preferred: "
              + (id == null ? "<placement-id>" : id.value())
              + "` in content/private/author.yaml, which stays out of git and out of the shared"
              + " handbook");
    }
    Located<String> reportsTo =
        m.slug("reports-to", true, "a placement is defined by who the role reports to");
    List<Located<String>> owns = orEmpty(m.slugList("owns", false, ""));
    List<Located<String>> partners = orEmpty(m.slugList("partners-on", false, ""));
    List<Located<String>> excluded = orEmpty(m.slugList("does-not-own", false, ""));
    if (id == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Placement(
            id.value(),
            name == null ? id.value() : name.value(),
            description == null ? "" : description.value(),
            rationale == null ? "" : rationale.value().strip(),
            reportsTo,
            owns,
            partners,
            excluded,
            id.pos(),
            m.has("does-not-own") ? m.keyPos("does-not-own") : id.pos()));
  }

  private static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  private static String textOf(YNode node) {
    return node instanceof YNode.YScalar s ? s.text() : node.describe();
  }
}

package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Category;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.Party;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Status;
import dev.handbook.model.Workflow;
import java.util.ArrayList;
import java.util.List;

/**
 * Across the handbook: each member's active load against capacity (over-capacity), and categories
 * with nothing yet (empty-category).
 */
final class CoverageChecks implements Check {
  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    Charter c = handbook.charter();
    int limit = c.activeWorkflowsPerPerson();
    if (limit > 0) {
      for (Party member : c.members()) {
        List<Workflow> active = new ArrayList<>();
        for (Workflow w : handbook.workflows()) {
          if (w.status() != Status.ACTIVE || w.owner() == null) {
            continue;
          }
          String owner = w.owner().value();
          boolean holder =
              c.role() != null
                  && owner.equals(c.role().id())
                  && c.holder() != null
                  && c.holder().value().equals(member.id());
          if (owner.equals(member.id()) || holder) {
            active.add(w);
          }
        }
        if (active.size() <= limit) {
          continue;
        }
        // Name a few; a list of hundreds is no message (the related places list them all).
        List<String> ids = active.stream().map(Workflow::idOrFileId).limit(8).toList();
        String more = active.size() > 8 ? " and " + (active.size() - 8) + " more" : "";
        SourcePos[] related =
            active.stream().map(w -> w.owner().pos()).limit(8).toArray(SourcePos[]::new);
        findings.add(
            Rule.OVER_CAPACITY,
            member.pos(),
            member.name()
                + " owns "
                + active.size()
                + " active workflows ("
                + String.join(", ", ids)
                + more
                + "); the limit is "
                + limit
                + ": a three-person team that runs everything runs nothing well, so move one to backlog or hand it over",
            related);
      }
    }
    for (Category k : c.categories()) {
      boolean any =
          handbook.workflows().stream()
              .anyMatch(w -> w.category() != null && w.category().value().equals(k.id()));
      if (!any) {
        findings.add(
            Rule.EMPTY_CATEGORY,
            k.pos(),
            "category \""
                + k.name()
                + "\" has no workflows yet: ideal-state coverage, not a commitment; add an `ideal` workflow when its first need is known");
      }
    }
  }
}

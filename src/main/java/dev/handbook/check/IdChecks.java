package dev.handbook.check;

import dev.handbook.findings.Findings;
import dev.handbook.findings.Rule;
import dev.handbook.model.Charter;
import dev.handbook.model.Handbook;
import dev.handbook.model.SourcePos;
import dev.handbook.model.Workflow;
import java.util.HashMap;
import java.util.Map;

/**
 * duplicate-id: charter ids are one namespace (role, functions, team, areas, placements,
 * categories); workflow ids another.
 */
final class IdChecks implements Check {
  private record Seen(String what, SourcePos pos) {}

  @Override
  public void check(Handbook handbook, HandbookIndex index, Findings findings) {
    Charter c = handbook.charter();
    Map<String, Seen> seen = new HashMap<>();
    if (c.role() != null) {
      seen.put(c.role().id(), new Seen("the role", c.role().pos()));
    }
    c.functions().forEach(f -> charterId(seen, f.id(), "function", f.pos(), findings));
    c.members().forEach(m -> charterId(seen, m.id(), "team member", m.pos(), findings));
    c.areas().forEach(a -> charterId(seen, a.id(), "area", a.pos(), findings));
    c.placements().forEach(p -> charterId(seen, p.id(), "placement", p.pos(), findings));
    c.categories().forEach(k -> charterId(seen, k.id(), "category", k.pos(), findings));

    Map<String, Workflow> workflows = new HashMap<>();
    for (Workflow w : handbook.workflows()) {
      if (w.id() == null) {
        continue;
      }
      Workflow earlier = workflows.putIfAbsent(w.id().value(), w);
      if (earlier != null) {
        findings.add(
            Rule.DUPLICATE_ID,
            w.id().pos(),
            "workflow id \""
                + w.id().value()
                + "\" is already taken by another workflow; each workflow needs its own id, or links and pages collide",
            earlier.id().pos());
      }
    }
  }

  private static void charterId(
      Map<String, Seen> seen, String id, String what, SourcePos pos, Findings findings) {
    Seen earlier = seen.putIfAbsent(id, new Seen(what, pos));
    if (earlier != null) {
      findings.add(
          Rule.DUPLICATE_ID,
          pos,
          "id \""
              + id
              + "\" of this "
              + what
              + " is already used by "
              + earlier.what()
              + " at line "
              + earlier.pos().line()
              + "; ids are unique across the role, functions, team, areas, placements and categories",
          earlier.pos());
    }
  }
}

package dev.handbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.findings.Finding;
import dev.handbook.model.Area;
import dev.handbook.model.Category;
import dev.handbook.model.Charter;
import dev.handbook.model.ListEntry;
import dev.handbook.model.Located;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Priority;
import dev.handbook.model.Section;
import dev.handbook.model.SectionName;
import dev.handbook.model.SitePaths;
import dev.handbook.model.Workflow;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * `handbook.json`: the whole model, for other tools; keys and order are stable between builds. The
 * shared one carries no preference, no findings and nothing private; the author's adds them.
 */
final class HandbookJson implements PageKind {
  @Override
  public void render(SiteContext site, SiteSink out) {
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = mapper.createObjectNode();
    root.put("format", "handbook/1");
    Charter c = site.charter();
    if (c.role() != null) {
      root.putObject("role")
          .put("id", c.role().id())
          .put("title", c.role().name())
          .put("thesis", c.thesis())
          .put("page", SitePaths.party(c.role().id()));
    }
    strings(root.putArray("principles"), c.principles());
    ArrayNode functions = root.putArray("functions");
    for (Party f : c.functions()) {
      functions
          .addObject()
          .put("id", f.id())
          .put("name", f.name())
          .put("page", SitePaths.party(f.id()));
    }
    ObjectNode team = root.putObject("team");
    team.put("activeWorkflowsPerPerson", c.activeWorkflowsPerPerson());
    ArrayNode members = team.putArray("members");
    for (Party m : c.members()) {
      members
          .addObject()
          .put("id", m.id())
          .put("title", m.name())
          .put("holder", c.holder() != null && c.holder().value().equals(m.id()))
          .put("page", SitePaths.party(site.index.pageOf(m.id())));
    }
    ArrayNode areas = root.putArray("areas");
    for (Area a : c.areas()) {
      ObjectNode n =
          areas
              .addObject()
              .put("id", a.id())
              .put("name", a.name())
              .put("kind", a.kind().name().toLowerCase(Locale.ROOT));
      if (a.owner() != null) {
        n.put("owner", a.owner().value());
      }
      if (a.today() != null) {
        n.put("today", a.today().value());
      }
      if (!a.doneBy().isEmpty()) {
        ArrayNode doneBy = n.putArray("doneBy");
        a.doneBy().forEach(d -> doneBy.add(d.value()));
      }
      n.put("systemOfRecord", a.systemOfRecord());
      if (!a.description().isEmpty()) {
        n.put("description", a.description());
      }
    }
    ArrayNode placements = root.putArray("placements");
    for (Placement p : site.placements()) {
      ObjectNode n = placements.addObject().put("id", p.id()).put("name", p.name());
      if (site.author()) {
        n.put("preferred", site.preferred(p));
      }
      if (!p.rationale().isEmpty()) {
        n.put("rationale", p.rationale());
      }
      if (p.reportsTo() != null) {
        n.put("reportsTo", p.reportsTo().value());
      }
      ids(n.putArray("owns"), p.owns());
      ids(n.putArray("partnersOn"), p.partnersOn());
      ids(n.putArray("doesNotOwn"), p.doesNotOwn());
      ObjectNode owners = n.putObject("ownerByArea");
      for (Area a : c.areas()) {
        String owner = site.ownerIn(p, a);
        if (owner == null) {
          owners.putNull(a.id());
        } else {
          owners.put(a.id(), owner);
        }
      }
      n.put("page", SitePaths.placement(p.id()));
    }
    ArrayNode categories = root.putArray("categories");
    for (Category k : c.categories()) {
      categories.addObject().put("id", k.id()).put("name", k.name());
    }
    ArrayNode workflows = root.putArray("workflows");
    for (Workflow w : site.handbook.workflows()) {
      workflow(workflows.addObject(), w, site);
    }
    ArrayNode pages = root.putArray("pages");
    for (Page p : site.handbook.pages()) {
      pages.addObject().put("id", p.id()).put("title", p.title()).put("page", SitePaths.page(p));
    }
    if (site.author()) {
      ArrayNode findings = root.putArray("findings");
      for (Finding f : site.findings) {
        ObjectNode n =
            findings
                .addObject()
                .put("file", f.pos().file())
                .put("line", f.pos().line())
                .put("column", f.pos().column())
                .put("severity", f.severity().id())
                .put("rule", f.rule().id())
                .put("message", f.message());
        if (f.suppressed()) {
          n.put("suppressed", f.suppressedBy());
        }
      }
      ArrayNode privatePages = root.putArray("privatePages");
      for (Page p : site.handbook.privateMaterial().pages()) {
        privatePages
            .addObject()
            .put("id", p.id())
            .put("title", p.title())
            .put("page", SitePaths.page(p));
      }
    }
    try {
      byte[] json = mapper.writeValueAsBytes(root);
      byte[] file = Arrays.copyOf(json, json.length + 1);
      file[json.length] = '\n';
      out.put(SitePaths.HANDBOOK_JSON, file);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void workflow(ObjectNode n, Workflow w, SiteContext site) {
    n.put("id", w.idOrFileId());
    n.put("title", w.title());
    n.put("source", SitePaths.source(w));
    n.put("page", SitePaths.workflow(w.idOrFileId()));
    if (w.category() != null) {
      n.put("category", w.category().value());
    }
    if (w.area() != null) {
      n.put("area", w.area().value());
    }
    if (w.owner() != null) {
      n.put("owner", w.owner().value());
    }
    if (w.status() != null) {
      n.put("status", w.status().id());
    }
    n.put("keystone", w.keystone());
    strings(
        n.putArray("placements"),
        site.placements().stream()
            .filter(site.index.placementsOf(w)::contains)
            .map(Placement::id)
            .toList());
    ids(n.putArray("partners"), w.partners());
    if (w.criteria() != null) {
      ObjectNode cr = n.putObject("criteria");
      text(cr, "endToEnd", w.criteria().endToEnd());
      if (w.criteria().crossFunctional() != null) {
        ids(cr.putArray("crossFunctional"), w.criteria().crossFunctional());
      }
      text(cr, "repeatable", w.criteria().repeatable());
      text(cr, "aiRelevant", w.criteria().aiRelevant());
    }
    Priority p = w.priority();
    if (p != null) {
      ObjectNode pr = n.putObject("priority");
      text(pr, "whoNeedsThis", p.whoNeedsThis());
      text(pr, "decisionUnblocked", p.decisionUnblocked());
      text(pr, "whatBreaks", p.whatBreaks());
      text(pr, "whyNow", p.whyNow());
      text(pr, "impact", p.impact());
      text(pr, "decidedBy", p.decidedBy());
    }
    ArrayNode sections = n.putArray("sections");
    for (Section s : w.body().sections()) {
      ObjectNode sn = sections.addObject().put("heading", s.heading());
      String anchor = s.name().map(SectionName::anchor).orElse(null);
      if (anchor != null) {
        sn.put("anchor", anchor);
      }
      ArrayNode items = sn.putArray("items");
      for (ListEntry item : s.items()) {
        ObjectNode in = items.addObject().put("text", item.text());
        strings(
            in.putArray("mentions"), item.mentions().stream().map(m -> m.id()).distinct().toList());
      }
    }
    strings(
        n.putArray("links"),
        w.body().workflowLinks().stream().map(l -> l.target()).distinct().toList());
  }

  private static void text(ObjectNode n, String key, Located<String> value) {
    if (value != null) {
      n.put(key, value.value());
    }
  }

  private static void ids(ArrayNode array, List<Located<String>> ids) {
    ids.forEach(i -> array.add(i.value()));
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}

package dev.handbook.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handbook.check.Rule;
import dev.handbook.check.RuleDocs;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Workflow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * `search.html` and its data: a search index of every workflow (title and section text), free
 * page, placement, party and rule, written as a script file so search works from `file://`, and
 * lunr.js from the jar. The index is built in the browser; nothing is fetched.
 */
final class SearchPage implements PageRenderer {
  static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

  @Override
  public void render(SiteContext site, Map<String, byte[]> out) {
    renderIndex(site, out);
    try (InputStream in = SearchPage.class.getClassLoader().getResourceAsStream(LUNR)) {
      if (in == null) throw new IllegalStateException("lunr.js missing from the jar: " + LUNR);
      out.put("assets/lunr.min.js", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.put("search.html", site.page("search.ftlh", 0, "Search", Map.of()).getBytes(StandardCharsets.UTF_8));
  }

  /** The search index alone: what changes when any workflow's text changes. */
  void renderIndex(SiteContext site, Map<String, byte[]> out) {
    ObjectMapper mapper = new ObjectMapper();
    ArrayNode docs = mapper.createArrayNode();
    for (Workflow w : site.handbook.workflows()) {
      if (w.id() == null) continue;
      add(docs, "workflows/" + w.id().value() + ".html", w.title(), "workflow", site.markdown.text(w.body().prose()));
    }
    for (Page p : site.handbook.pages()) add(docs, "pages/" + p.id() + ".html", p.title(), "page", site.markdown.text(dev.handbook.content.ProseRenderer.words(p.body().document())));
    for (Placement p : site.charter().placements()) add(docs, "placements/" + p.id() + ".html", p.name(), "placement", p.description());
    java.util.List<Party> parties = new java.util.ArrayList<>();
    if (site.charter().role() != null) parties.add(site.charter().role());
    parties.addAll(site.charter().members());
    parties.addAll(site.charter().functions());
    for (Party p : parties) add(docs, "functions/" + p.id() + ".html", p.name(), p.kind().name().toLowerCase(java.util.Locale.ROOT), "");
    for (Rule r : Rule.values()) add(docs, RuleDocs.of(r).page(), RuleDocs.of(r).title(), "rule", r.summary());
    try {
      out.put("assets/search-index.js", ("window.HANDBOOK_SEARCH = " + mapper.writeValueAsString(docs) + ";\n").getBytes(StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(ArrayNode docs, String url, String title, String kind, String body) {
    ObjectNode d = docs.addObject();
    d.put("u", url);
    d.put("t", title);
    d.put("k", kind);
    d.put("b", body.replaceAll("\\s+", " ").strip());
  }
}

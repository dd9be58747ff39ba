package dev.handbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.handbook.check.Rule;
import dev.handbook.check.RuleDocs;
import dev.handbook.content.ProseRenderer;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Prose;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * `search.html` and its data: a search index of every workflow (title and section text), free page,
 * placement, party and rule, written as a script file so search works from `file://`, and lunr.js
 * from the jar. The index is built in the browser; nothing is fetched.
 */
final class SearchPage implements PageRenderer {
  static final String LUNR = "META-INF/resources/webjars/lunr/2.3.9/lunr.min.js";

  @Override
  public void render(SiteContext site, SiteSink out) {
    renderIndex(site, out);
    try (InputStream in = SearchPage.class.getClassLoader().getResourceAsStream(LUNR)) {
      if (in == null) {
        throw new IllegalStateException("lunr.js missing from the jar: " + LUNR);
      }
      out.put("assets/lunr.min.js", in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.page("search.html", site.page("search.ftlh", 0, "Search", Map.of()));
  }

  /** The search index alone: what changes when any workflow's text changes. */
  void renderIndex(SiteContext site, SiteSink out) {
    renderIndex(site, out, null);
  }

  /**
   * As {@link #renderIndex(SiteContext, SiteSink)}, reading again only the workflows named in
   * `changed` (all when null): the others' entries are kept from the last render in the context's
   * {@code searchEntries}. Safe only when nothing but those workflows' prose changed.
   */
  void renderIndex(SiteContext site, SiteSink out, Set<String> changed) {
    Map<String, byte[]> known = site.searchEntries;
    if (changed == null) {
      known.clear();
    }
    // The workflows' words are most of the index: fill, squeeze and encode them on every core.
    List<byte[]> entries =
        new ArrayList<>(
            site.handbook.workflows().parallelStream()
                .filter(w -> w.id() != null)
                .map(
                    w -> {
                      String url = "workflows/" + w.id().value() + ".html";
                      byte[] entry =
                          changed == null || changed.contains(w.id().value())
                              ? null
                              : known.get(url);
                      if (entry == null) {
                        entry =
                            entry(
                                new Doc(
                                    url,
                                    w.title(),
                                    "workflow",
                                    site.markdown.text(w.body().prose())));
                        known.put(url, entry);
                      }
                      return entry;
                    })
                .toList());
    for (Page p : site.handbook.pages()) {
      entries.add(
          entry(
              new Doc(
                  "pages/" + p.id() + ".html",
                  p.title(),
                  "page",
                  site.markdown.text(ProseRenderer.words(p.body().document())))));
    }
    for (Placement p : site.charter().placements()) {
      entries.add(
          entry(new Doc("placements/" + p.id() + ".html", p.name(), "placement", p.description())));
    }
    List<Party> parties = new ArrayList<>();
    if (site.charter().role() != null) {
      parties.add(site.charter().role());
    }
    parties.addAll(site.charter().members());
    parties.addAll(site.charter().functions());
    for (Party p : parties) {
      entries.add(
          entry(
              new Doc(
                  "functions/" + p.id() + ".html",
                  p.name(),
                  p.kind().name().toLowerCase(Locale.ROOT),
                  "")));
    }
    for (Rule r : Rule.values()) {
      entries.add(
          entry(new Doc(RuleDocs.of(r).page(), RuleDocs.of(r).title(), "rule", r.summary())));
    }
    ByteArrayOutputStream bytes =
        new ByteArrayOutputStream(entries.stream().mapToInt(e -> e.length + 1).sum() + 64);
    bytes.writeBytes("window.HANDBOOK_SEARCH = [".getBytes(StandardCharsets.US_ASCII));
    for (int i = 0; i < entries.size(); i++) {
      if (i > 0) {
        bytes.write(',');
      }
      bytes.writeBytes(entries.get(i));
    }
    bytes.writeBytes("];\n".getBytes(StandardCharsets.US_ASCII));
    out.put("assets/search-index.js", bytes.toByteArray());
  }

  /** One document as a compact JSON object. */
  private static byte[] entry(Doc d) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(d.body().length() + 128);
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      json.writeStartObject();
      json.writeStringField("u", d.url());
      json.writeStringField("t", d.title());
      json.writeStringField("k", d.kind());
      json.writeStringField("b", d.body());
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static final JsonFactory JSON = new JsonFactory();

  /**
   * One document of the index: its page, title, kind and words, whitespace squeezed to single
   * spaces.
   */
  private record Doc(String url, String title, String kind, String body) {
    Doc {
      body = Prose.squeeze(body);
    }
  }
}

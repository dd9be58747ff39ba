package dev.handbook.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.handbook.findings.Rule;
import dev.handbook.findings.RuleDocs;
import dev.handbook.model.Page;
import dev.handbook.model.Party;
import dev.handbook.model.Placement;
import dev.handbook.model.Prose;
import dev.handbook.model.SitePaths;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The search index: every workflow (title and section text), free page, placement, party and rule,
 * written as a script file so search works from `file://`. It keeps each workflow's entry between
 * renders, so an edit of one workflow's prose encodes only that workflow again.
 */
final class SearchIndex implements ProsePageKind {
  private static final JsonFactory JSON = new JsonFactory();

  /** Each workflow's entry from the last render, by its page. */
  private final Map<String, byte[]> known = new ConcurrentHashMap<>();

  @Override
  public void render(SiteContext site, ProseHtml prose, SiteSink out, Set<String> only) {
    if (only == null) {
      known.clear();
    }
    // The workflows' words are most of the index: fill, squeeze and encode them on every core.
    List<byte[]> entries =
        new ArrayList<>(
            site.handbook.workflows().parallelStream()
                .filter(w -> w.id() != null)
                .map(
                    w -> {
                      String url = SitePaths.workflow(w.id().value());
                      byte[] entry =
                          only == null || only.contains(w.id().value()) ? null : known.get(url);
                      if (entry == null) {
                        entry = entry(new Doc(url, w.title(), "workflow", prose.text(w)));
                        known.put(url, entry);
                      }
                      return entry;
                    })
                .toList());
    List<Page> pages = new ArrayList<>(site.handbook.pages());
    pages.addAll(site.handbook.privateMaterial().pages()); // none in the shared handbook
    for (Page p : pages) {
      entries.add(entry(new Doc(SitePaths.page(p), p.title(), "page", prose.text(p))));
    }
    for (Placement p : site.placements()) {
      entries.add(
          entry(new Doc(SitePaths.placement(p.id()), p.name(), "placement", p.description())));
    }
    List<Party> parties = new ArrayList<>();
    if (site.charter().role() != null) {
      parties.add(site.charter().role());
    }
    parties.addAll(site.charter().members());
    parties.addAll(site.charter().functions());
    for (Party p : parties) {
      if (!site.index.pageOf(p.id()).equals(p.id())) {
        continue; // the holder's page is the role's
      }
      entries.add(
          entry(
              new Doc(
                  SitePaths.party(p.id()),
                  p.name(),
                  p.kind().name().toLowerCase(Locale.ROOT),
                  "")));
    }
    for (Rule r : site.author() ? Rule.values() : new Rule[0]) {
      entries.add(
          entry(new Doc(SitePaths.rule(r.id()), RuleDocs.of(r).title(), "rule", r.summary())));
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
    out.put(SitePaths.SEARCH_INDEX, bytes.toByteArray());
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

  /** One document of the index: its page, title, kind and words, whitespace squeezed. */
  private record Doc(String url, String title, String kind, String body) {
    Doc {
      body = Prose.squeeze(body);
    }
  }
}

package dev.handbook.render;

import dev.handbook.check.HandbookIndex;
import dev.handbook.model.Area;
import dev.handbook.model.Charter;
import dev.handbook.model.Placement;
import dev.handbook.model.SitePaths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws one placement's scope map as inline SVG at build time: one row per owner (the role first),
 * each area a box in its owner's row, styled by the role's stance (owns, partners on, does not own,
 * no stance), systems of record marked, and every box a link to the area's workflows on the
 * placement page. No script; a fixed width that scales down to print on a sheet. The page keeps it
 * readable on a phone by letting it scroll sideways inside its own box.
 */
final class ScopeMapSvg {
  private static final int WIDTH = 960;
  private static final int PAD = 12;
  private static final int LABEL_W = 190;
  private static final int BOX_W = 178;
  private static final int GAP = 10;
  private static final int LINE_H = 15;
  private static final int LEGEND_H = 30;
  private static final int WRAP = 25;
  private static final int PER_LINE = (WIDTH - PAD * 2 - LABEL_W + GAP) / (BOX_W + GAP);

  private ScopeMapSvg() {}

  /**
   * One row per owner (the role first, then the functions in charter order, then "No owner"), the
   * areas it owns in this placement as boxes wrapping along the row.
   *
   * @param root the relative path from the page to the site root
   */
  static String draw(Charter charter, HandbookIndex index, Placement p, String root) {
    Map<String, List<Area>> rows = new LinkedHashMap<>();
    String roleId = charter.role() == null ? null : charter.role().id();
    if (roleId != null) {
      rows.put(roleId, new ArrayList<>());
    }
    List<Area> ownerless = new ArrayList<>();
    for (Area a : charter.areas()) {
      String owner = index.ownerIn(p, a);
      if (owner == null) {
        ownerless.add(a);
      } else {
        rows.computeIfAbsent(owner, k -> new ArrayList<>()).add(a);
      }
    }
    if (!ownerless.isEmpty()) {
      rows.put("", ownerless);
    }

    StringBuilder body = new StringBuilder();
    int y = PAD + LEGEND_H;
    for (var row : rows.entrySet()) {
      boolean role = row.getKey().equals(roleId);
      List<Area> areas = row.getValue();
      int lines = Math.max(1, (areas.size() + PER_LINE - 1) / PER_LINE);
      int[] lineHeights = new int[lines];
      for (int i = 0; i < areas.size(); i++) {
        lineHeights[i / PER_LINE] = Math.max(lineHeights[i / PER_LINE], boxHeight(areas.get(i)));
      }
      int rowH = GAP;
      for (int h : lineHeights) {
        rowH += Math.max(h, 2 * LINE_H + 10) + GAP;
      }
      String name = row.getKey().isEmpty() ? "No owner" : index.name(row.getKey());
      body.append("<g class=\"owner-row").append(role ? " role" : "").append("\">\n");
      body.append("<rect class=\"row-bg\" x=\"")
          .append(PAD)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(WIDTH - 2 * PAD)
          .append("\" height=\"")
          .append(rowH)
          .append("\" rx=\"6\"/>\n");
      int ty = y + GAP + 14;
      for (String line : wrap(name, 24)) {
        body.append("<text class=\"owner\" x=\"")
            .append(PAD + 10)
            .append("\" y=\"")
            .append(ty)
            .append("\">")
            .append(esc(line))
            .append("</text>\n");
        ty += LINE_H;
      }
      if (role) {
        body.append("<text class=\"owner-note\" x=\"")
            .append(PAD + 10)
            .append("\" y=\"")
            .append(ty)
            .append("\">the role</text>\n");
      }
      int by = y + GAP;
      for (int line = 0; line < lines; line++) {
        int bx = PAD + LABEL_W;
        for (int i = line * PER_LINE; i < Math.min(areas.size(), (line + 1) * PER_LINE); i++) {
          box(body, p, areas.get(i), bx, by, lineHeights[line], root);
          bx += BOX_W + GAP;
        }
        by += Math.max(lineHeights[line], 2 * LINE_H + 10) + GAP;
      }
      if (areas.isEmpty()) {
        body.append("<text class=\"empty\" x=\"")
            .append(PAD + LABEL_W)
            .append("\" y=\"")
            .append(y + GAP + 14)
            .append("\">owns nothing in this placement</text>\n");
      }
      body.append("</g>\n");
      y += rowH + GAP;
    }
    int height = y + PAD - GAP;

    StringBuilder svg = new StringBuilder();
    // A group, not an image: an image's content is presentational to assistive technology, so
    // its area links would be unreachable (axe: nested-interactive). Each link is named by its
    // <title>.
    svg.append("<svg class=\"scope-map\" role=\"group\" aria-labelledby=\"map-title-")
        .append(p.id())
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(height)
        .append("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    svg.append("<title id=\"map-title-")
        .append(p.id())
        .append("\">Scope map of ")
        .append(esc(p.name()))
        .append(": areas by owner</title>\n");
    legend(
        svg,
        charter.areas().stream()
            .anyMatch(a -> SiteContext.stance(p.stanceOn(a.id())).equals("unassigned")));
    svg.append(body);
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static void box(
      StringBuilder svg, Placement p, Area a, int x, int y, int h, String root) {
    String stance = SiteContext.stance(p.stanceOn(a.id()));
    svg.append("<a href=\"")
        .append(root)
        .append(SitePaths.placement(p.id()))
        .append("#area-")
        .append(a.id())
        .append("\">\n");
    svg.append("<title>")
        .append(esc(a.name()))
        .append(": ")
        .append(label(stance))
        .append("</title>\n");
    svg.append("<rect class=\"area ")
        .append(stance)
        .append("\" x=\"")
        .append(x)
        .append("\" y=\"")
        .append(y)
        .append("\" width=\"")
        .append(BOX_W)
        .append("\" height=\"")
        .append(Math.max(h, 2 * LINE_H + 10))
        .append("\" rx=\"4\"/>\n");
    int ty = y + 16;
    for (String line : wrap(a.name(), WRAP)) {
      svg.append("<text class=\"area-name\" x=\"")
          .append(x + 8)
          .append("\" y=\"")
          .append(ty)
          .append("\">")
          .append(esc(line))
          .append("</text>\n");
      ty += LINE_H;
    }
    // What is true of this box in this placement: the role's stance, and a system of record.
    List<String> tags = new ArrayList<>(List.of(label(stance)));
    if (a.systemOfRecord()) {
      tags.add("system of record");
    }
    for (String tag : tags) {
      svg.append("<text class=\"area-tag")
          .append(tag.equals("system of record") ? " sor" : "")
          .append("\" x=\"")
          .append(x + 8)
          .append("\" y=\"")
          .append(ty)
          .append("\">")
          .append(tag)
          .append("</text>\n");
      ty += LINE_H;
    }
    svg.append("</a>\n");
  }

  /** The key to the box styles: the three stances, and "no stance taken" only when a box has it. */
  private static void legend(StringBuilder svg, boolean unassigned) {
    List<String[]> items = new ArrayList<>();
    items.add(new String[] {"owns", "Role owns"});
    items.add(new String[] {"partners-on", "Role partners on"});
    items.add(new String[] {"does-not-own", "Not the role's"});
    if (unassigned) {
      items.add(new String[] {"unassigned", "No stance taken"});
    }
    int x = PAD;
    for (String[] item : items) {
      svg.append("<rect class=\"area ")
          .append(item[0])
          .append("\" x=\"")
          .append(x)
          .append("\" y=\"")
          .append(PAD)
          .append("\" width=\"18\" height=\"14\" rx=\"3\"/>");
      svg.append("<text class=\"legend\" x=\"")
          .append(x + 24)
          .append("\" y=\"")
          .append(PAD + 12)
          .append("\">")
          .append(item[1])
          .append("</text>\n");
      x += 150;
    }
  }

  private static String label(String stance) {
    return switch (stance) {
      case "owns" -> "the role owns it";
      case "partners-on" -> "the role partners on it";
      case "does-not-own" -> "not the role's";
      default -> "no stance taken";
    };
  }

  private static int boxHeight(Area a) {
    return 10 + (wrap(a.name(), WRAP).size() + (a.systemOfRecord() ? 2 : 1)) * LINE_H;
  }

  /** Greedy word wrap; a word longer than the width gets a line of its own. */
  static List<String> wrap(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  private static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}

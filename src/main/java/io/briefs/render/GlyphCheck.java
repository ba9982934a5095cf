package io.briefs.render;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds characters that no bundled font can draw before the PDF is made: the renderer would
 * silently print them as {@code #}. Page text may use any bundled face (the PDF falls back
 * through all of them); chart text is drawn in the chart theme's family only.
 */
final class GlyphCheck {
  private GlyphCheck() {}

  /** One message per missing character, naming it and where it appears; empty when all draw. */
  static List<String> missing(Document page, Map<String, ChartSpec> charts, Fonts fonts, String chartFamily) {
    Map<Integer, String> found = new LinkedHashMap<>();
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t) {
        scan(t.getWholeText(), "the text", "is in none of the bundled fonts", found, fonts::canDisplay);
      }
    }, page.body());
    for (ChartSpec chart : charts.values()) {
      List<String> labels = new ArrayList<>(chart.categories());
      chart.series().stream().map(Series::name).forEach(labels::add);
      for (String label : labels) {
        scan(label, "the chart `" + chart.id() + "`", "is not in the chart font " + chartFamily, found,
            cp -> fonts.canDisplay(chartFamily, cp));
      }
    }
    return List.copyOf(found.values());
  }

  private interface Coverage {
    boolean has(int codePoint);
  }

  private static void scan(String text, String where, String problem, Map<Integer, String> found,
      Coverage coverage) {
    text.codePoints().forEach(cp -> {
      if (!found.containsKey(cp) && drawn(cp) && !coverage.has(cp)) {
        found.put(cp, String.format(Locale.ROOT, "the character '%s' (U+%04X %s) in %s \"%s\" %s",
            Character.toString(cp), cp, name(cp), where, context(text, cp), problem));
      }
    });
  }

  /** Spaces, controls and invisible format characters need no glyph. */
  private static boolean drawn(int cp) {
    return !Character.isWhitespace(cp) && !Character.isISOControl(cp) && !Character.isSpaceChar(cp)
        && Character.getType(cp) != Character.FORMAT;
  }

  private static String name(int cp) {
    String name = Character.getName(cp);
    return name == null ? "unassigned" : name;
  }

  /** Up to 30 code points either side of the first occurrence. */
  private static String context(String text, int cp) {
    int[] points = text.strip().replaceAll("\\s+", " ").codePoints().toArray();
    int at = 0;
    while (points[at] != cp) {
      at++;
    }
    int from = Math.max(0, at - 30);
    int to = Math.min(points.length, at + 31);
    return (from > 0 ? "…" : "") + new String(points, from, to - from) + (to < points.length ? "…" : "");
  }
}

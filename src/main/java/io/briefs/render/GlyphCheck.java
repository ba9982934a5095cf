package io.briefs.render;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.Series;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds characters that no bundled font can draw before the PDF is made: the renderer would
 * silently print them as {@code #}. Page text may use any bundled face (the PDF falls back
 * through all of them); each chart label is drawn in the one family that has all its characters.
 */
final class GlyphCheck {
  private static final int NAMED = 5;

  private GlyphCheck() {}

  /** Missing characters found in one place: the page text, or one chart. */
  private static final class Finding {
    final String where;
    final Set<Integer> missing = new LinkedHashSet<>();
    String context;

    Finding(String where) {
      this.where = where;
    }
  }

  /** One message per place with missing characters, naming them; empty when all can be drawn. */
  static List<String> missing(Document page, Map<String, ChartSpec> charts, Fonts fonts, ChartTheme theme) {
    Map<String, Finding> found = new LinkedHashMap<>();
    Finding text = found.computeIfAbsent("no bundled font has", Finding::new);
    NodeTraversor.traverse((NodeVisitor) (node, depth) -> {
      if (node instanceof TextNode t) {
        scan(t.getWholeText(), text, fonts::canDisplay);
      }
    }, page.body());
    for (ChartSpec chart : charts.values()) {
      Finding inChart = found.computeIfAbsent("the chart `" + chart.id() + "` has no font with", Finding::new);
      List<String> labels = new ArrayList<>(chart.categories());
      chart.series().stream().map(Series::name).forEach(labels::add);
      // each label is drawn in one family: the first that has all of its characters
      labels.forEach(label -> {
        String family = theme.familyFor(label);
        scan(label, inChart, cp -> fonts.canDisplay(family, cp));
      });
    }
    return found.values().stream().filter(f -> !f.missing.isEmpty()).map(GlyphCheck::message).toList();
  }

  private interface FontCoverage {
    boolean has(int codePoint);
  }

  private static void scan(String text, Finding finding, FontCoverage coverage) {
    text.codePoints().forEach(cp -> {
      if (drawn(cp) && !coverage.has(cp) && finding.missing.add(cp) && finding.context == null) {
        finding.context = context(text, cp);
      }
    });
  }

  private static String message(Finding f) {
    List<String> named = f.missing.stream().limit(NAMED)
        .map(cp -> String.format(Locale.ROOT, "'%s' (U+%04X %s)", Character.toString(cp), cp, name(cp)))
        .toList();
    int more = f.missing.size() - named.size();
    return f.where + " " + String.join(", ", named) + (more > 0 ? " and " + more + " more" : "")
        + ", in \"" + f.context + "\"";
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

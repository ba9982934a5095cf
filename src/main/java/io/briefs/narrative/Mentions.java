package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.Measure;
import io.briefs.metrics.RangeFacts;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.metrics.Surprise;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The names a writer may use for the figures of a brief ("ISG revenue", "non-GAAP EPS",
 * "operating margin", "guidance"), each with the facts a number next to it may state.
 */
final class Mentions {
  /** A name and the facts it stands for. */
  record Mention(String name, List<Fact> facts) {}

  private record Hit(Mention mention, int start, int end) {}

  private final Map<String, List<Fact>> byName = new LinkedHashMap<>();

  Mentions(BriefMetrics m, Names names) {
    m.results().forEach(r -> add(names.of(r.path()), measure(r)));
    add("sales", measure(m.result(io.briefs.model.Metric.REVENUE)));
    add("operating margin", nonNull(m.operatingMargin(), m.operatingMarginChangeBps()));
    for (SegmentMetrics s : m.segments()) {
      String seg = s.segment().shortName();
      add(seg, measure(s.revenue()));
      if (s.revenue() != null) {
        add(names.of(s.revenue().path()), measure(s.revenue()));
      }
      if (s.operatingIncome() != null) {
        add(names.of(s.operatingIncome().path()), measure(s.operatingIncome()));
      }
      add(seg + " operating margin", nonNull(s.margin(), s.marginChangeBps()));
      add(seg + "'s share", nonNull(s.operatingIncomeShare(), s.operatingIncomeSharePrior()));
      s.lines().forEach(l -> add(names.of(l.path()), measure(l)));
    }
    m.kpis().forEach(k -> add(names.of(k.path()), measure(k)));
    // format 1.1: stated margins, changes stated beyond a percentage, one-off items
    m.margins().forEach(mf -> add(names.of(mf.path()), nonNull(mf.value(), mf.changeBps())));
    m.changes().forEach(c -> add(names.of(c.path()), nonNull(c.pct(), c.ccPct(), c.bps())));
    m.oneOffs().forEach(o -> add(Names.midSentence(o.item().label()), List.of(o.amount())));
    List<Fact> guided = new ArrayList<>();
    for (GuidedFigure g : m.guidance()) {
      guided.addAll(range(g.current()));
      guided.addAll(range(g.previous()));
      guided.addAll(nonNull(g.impliedGrowth(), g.base()));
      guided.addAll(range(g.growth()));
      guided.addAll(range(g.previousGrowth()));
    }
    for (String word : List.of("guidance", "outlook", "forecast", "guided")) {
      add(word, guided);
    }
    List<Fact> consensus = new ArrayList<>();
    for (Surprise s : m.surprises()) {
      consensus.addAll(nonNull(s.estimate(), s.surprisePct(), s.actual()));
    }
    for (String word : List.of("consensus", "estimate", "estimates", "expected", "expectations")) {
      add(word, consensus);
    }
  }

  private void add(String name, List<Fact> facts) {
    if (!facts.isEmpty()) {
      byName.computeIfAbsent(name, k -> new ArrayList<>()).addAll(facts);
    }
  }

  private static List<Fact> measure(Measure m) {
    if (m == null) {
      return List.of();
    }
    List<Fact> out = new ArrayList<>();
    out.add(m.value());
    for (Change c : new Change[] {m.yoy(), m.qoq()}) {
      if (c != null) {
        out.addAll(nonNull(c.pct(), c.prior()));
      }
    }
    return out;
  }

  private static List<Fact> range(RangeFacts r) {
    return r == null ? List.of() : nonNull(r.low(), r.high(), r.mid(), r.plusMinus());
  }

  private static List<Fact> nonNull(Fact... facts) {
    return java.util.Arrays.stream(facts).filter(Objects::nonNull).toList();
  }

  /**
   * The mention a number at {@code at} in {@code sentence} refers to: the nearest name before it,
   * else the first after it; overlapping names resolve to the longest ("ISG revenue", not
   * "revenue").
   */
  Mention nearest(String sentence, int at) {
    List<Hit> hits = hits(sentence.toLowerCase(Locale.ROOT));
    Hit before = null;
    Hit after = null;
    for (Hit h : hits) {
      if (h.end() <= at && (before == null || h.end() > before.end())) {
        before = h;
      } else if (h.start() >= at && (after == null || h.start() < after.start())) {
        after = h;
      }
    }
    Hit chosen = before != null ? before : after;
    return chosen == null ? null : chosen.mention();
  }

  private List<Hit> hits(String text) {
    List<Hit> all = new ArrayList<>();
    byName.forEach((name, facts) -> {
      String folded = name.toLowerCase(Locale.ROOT);
      for (int i = text.indexOf(folded); i >= 0; i = text.indexOf(folded, i + 1)) {
        int end = i + folded.length();
        boolean word = (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
            && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)));
        if (word) {
          all.add(new Hit(new Mention(name, facts), i, end));
        }
      }
    });
    return all.stream()
        .filter(h -> all.stream().noneMatch(o -> o != h && o.start() <= h.start() && o.end() >= h.end()
            && o.end() - o.start() > h.end() - h.start()))
        .toList();
  }
}

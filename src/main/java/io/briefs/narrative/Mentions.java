package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.Measure;
import io.briefs.metrics.RangeFacts;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.metrics.Surprise;
import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    add("sales", measure(m.result(Metric.REVENUE)));
    add("revenues", measure(m.result(Metric.REVENUE)));
    // "EPS" alone: either kind the brief has (a longer name, "non-GAAP EPS", wins where written)
    List<Fact> eps = new ArrayList<>(measure(m.result(Metric.EPS)));
    eps.addAll(measure(m.result(Metric.EPS_NON_GAAP)));
    add("EPS", eps);
    add("operating margin", nonNull(m.operatingMargin(), m.operatingMarginChangeBps()));
    for (SegmentMetrics s : m.segments()) {
      String seg = s.segment().shortName();
      add(seg, measure(s.revenue()));
      add(s.segment().name(), measure(s.revenue()));
      if (s.revenue() != null) {
        add(names.of(s.revenue().path()), measure(s.revenue()));
        add(s.segment().name() + " revenue", measure(s.revenue()));
      }
      if (s.operatingIncome() != null) {
        add(names.of(s.operatingIncome().path()), measure(s.operatingIncome()));
        add(s.segment().name() + " operating income", measure(s.operatingIncome()));
      }
      add(seg + " operating margin", nonNull(s.margin(), s.marginChangeBps()));
      add(seg + "'s share", nonNull(s.operatingIncomeShare(), s.operatingIncomeSharePrior()));
      s.lines().forEach(l -> add(names.of(l.path()), measure(l)));
    }
    for (Measure k : m.kpis()) {
      add(names.of(k.path()), measure(k));
      Kpi kpi = m.company().kpi(((FigurePath.KpiValue) k.path()).kpi());
      abbreviations(kpi).forEach(a -> add(a, measure(k)));
    }
    // format 1.1: stated margins, changes stated beyond a percentage, one-off items
    m.margins().forEach(mf -> add(names.of(mf.path()), nonNull(mf.value(), mf.changeBps())));
    m.changes().forEach(c -> add(names.of(c.path()), nonNull(c.pct(), c.ccPct(), c.bps())));
    m.oneOffs().forEach(o -> add(Names.midSentence(o.item().label()), List.of(o.amount())));
    List<Fact> guided = new ArrayList<>();
    for (GuidedFigure g : m.guidance()) {
      List<Fact> these = new ArrayList<>(range(g.current()));
      these.addAll(range(g.previous()));
      these.addAll(nonNull(g.impliedGrowth(), g.base()));
      these.addAll(range(g.growth()));
      these.addAll(range(g.previousGrowth()));
      guided.addAll(these);
      // "revenue of $28.5 billion to $29.5 billion": a figure's own guidance is a value of its name
      alsoFor(g.path(), names, m.company(), these);
    }
    for (String word : List.of("guidance", "outlook", "forecast", "guided")) {
      add(word, guided);
    }
    List<Fact> consensus = new ArrayList<>();
    for (Surprise s : m.surprises()) {
      List<Fact> these = nonNull(s.estimate(), s.surprisePct(), s.actual());
      consensus.addAll(these);
      alsoFor(new FigurePath.Result(s.metric()), names, m.company(), these);
    }
    for (String word : List.of("consensus", "estimate", "estimates", "expected", "expectations")) {
      add(word, consensus);
    }
  }

  /** Adds facts to the names a figure already has (its guidance, its estimate). */
  private void alsoFor(FigurePath path, Names names, Company company, List<Fact> facts) {
    List<String> all = new ArrayList<>(List.of(names.of(path)));
    if (path instanceof FigurePath.KpiValue k) {
      Kpi kpi = company.kpi(k.kpi());
      all.addAll(abbreviations(kpi));
    }
    if (path.equals(new FigurePath.Result(Metric.REVENUE))) {
      all.addAll(List.of("sales", "revenues"));
    }
    if (path instanceof FigurePath.Result r && (r.metric() == Metric.EPS
        || r.metric() == Metric.EPS_NON_GAAP)) {
      all.add("EPS");
    }
    all.stream().filter(byName::containsKey).forEach(n -> byName.get(n).addAll(facts));
    all.stream().filter(n -> !byName.containsKey(n)).findFirst().ifPresent(n -> add(n, facts));
  }

  /** An abbreviation in parentheses: "(ARR)". */
  private static final Pattern ABBREVIATION = Pattern.compile("\\(([^()]{1,12})\\)");

  /**
   * What a writer may call a KPI besides its name: an abbreviation written in it ("Annualized
   * revenue run-rate (ARR)"), its initials when it has three words or more ("ARR"), and its id in
   * capitals when that is a short word ("arr").
   */
  static List<String> abbreviations(Kpi kpi) {
    List<String> out = new ArrayList<>();
    Matcher paren = ABBREVIATION.matcher(kpi.name());
    while (paren.find()) {
      out.add(paren.group(1).strip());
    }
    String bare = kpi.name().replaceAll("\\([^()]*\\)", " ").strip();
    String[] words = bare.split("[\\s\\-]+");
    if (words.length >= 3) {
      StringBuilder initials = new StringBuilder();
      for (String w : words) {
        if (!w.isEmpty() && Character.isLetter(w.charAt(0))) {
          initials.append(Character.toUpperCase(w.charAt(0)));
        }
      }
      out.add(initials.toString());
    }
    if (kpi.id().matches("[a-z]{2,5}")) {
      out.add(kpi.id().toUpperCase(Locale.ROOT));
    }
    return out.stream().distinct().filter(a -> a.length() >= 2).toList();
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
    return Arrays.stream(facts).filter(Objects::nonNull).toList();
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

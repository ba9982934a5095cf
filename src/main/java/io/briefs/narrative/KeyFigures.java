package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Decimals;
import io.briefs.metrics.Fact;
import io.briefs.metrics.FactUnit;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.metrics.Surprise;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The key-figures table: this quarter, a year earlier and the change, and beside each figure the
 * analysts estimated, the consensus and the beat or miss. A change across zero is no percentage:
 * it reads "to a loss" or "to a profit"; between two losses, "n/m". A row's money is shown in one
 * number style: "$1.17 billion" beside "$965 million", never "$1.2 billion" beside it.
 */
final class KeyFigures {
  private final Phrases phrases;
  private final Names names;

  KeyFigures(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Table write(BriefMetrics m) {
    boolean consensus = !m.surprises().isEmpty();
    List<Table.Row> rows = new ArrayList<>();
    for (Metric metric : List.of(Metric.REVENUE, Metric.OPERATING_INCOME, Metric.OPERATING_INCOME_NON_GAAP,
        Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP)) {
      row(rows, Names.capitalize(Names.metric(metric)), m.result(metric), m.surprise(metric), consensus);
    }
    for (SegmentMetrics s : m.segments()) {
      row(rows, s.segment().shortName() + " revenue", s.revenue(), null, consensus);
      row(rows, s.segment().shortName() + " operating income", s.operatingIncome(), null, consensus);
    }
    m.kpis().forEach(k -> row(rows, Names.capitalize(names.of(k.path())), k, null, consensus));
    String period = m.quarter().period().displayName();
    String yearAgo = m.quarter().period().yearAgo().displayName();
    List<String> columns = new ArrayList<>(List.of("", period, yearAgo, "Change"));
    if (consensus) {
      columns.addAll(List.of("Consensus", "Against consensus"));
    }
    return new Table("Key figures", columns, rows);
  }

  private void row(List<Table.Row> rows, String label, Measure measure, Surprise s, boolean consensus) {
    if (measure == null) {
      return;
    }
    Fact prior = measure.yoy() != null && measure.yoy().prior() != null ? measure.yoy().prior() : measure.yearAgo();
    DisplayForm shown = consistent(style(measure.value(), prior), measure, prior);
    List<Prose> cells = new ArrayList<>();
    cells.add(phrases.builder().num(measure.value(), shown).build());
    cells.add(prior == null ? dash() : phrases.builder().num(prior, shown).build());
    cells.add(change(measure));
    if (consensus) {
      cells.add(s == null ? dash() : phrases.builder().num(s.estimate(), style(s.estimate(), measure.value())).build());
      cells.add(s == null ? dash() : against(s));
    }
    rows.add(new Table.Row(label, cells));
  }

  /**
   * One number style in a row: money under a billion shows three digits ("$965 million"), so a
   * figure in billions beside it shows three too ("$1.17 billion").
   */
  private static DisplayForm style(Fact a, Fact b) {
    if (a.unit() != FactUnit.MONEY || b == null) {
      return Phrases.shown(a.unit());
    }
    boolean millions = a.value().abs().compareTo(BILLION) < 0 || b.value().abs().compareTo(BILLION) < 0;
    boolean billions = a.value().abs().compareTo(BILLION) >= 0 || b.value().abs().compareTo(BILLION) >= 0;
    return millions && billions ? DisplayForm.MONEY_PRECISE : DisplayForm.MONEY;
  }

  private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000L);

  /**
   * A row whose figures, as printed, give the change printed beside them: "$1.3 billion | $1.2
   * billion | +15%" reads as +8%, so the row gains decimals until the printed figures' own change
   * is within a point of it ("$1.34 billion | $1.17 billion"), up to two more.
   */
  private DisplayForm consistent(DisplayForm shown, Measure measure, Fact prior) {
    if (shown != DisplayForm.MONEY && shown != DisplayForm.MONEY_PRECISE || prior == null || measure.yoy() == null) {
      return shown;
    }
    // the forms in order: money with 0, 1 or 2 more decimals than usual
    List<DisplayForm> forms = List.of(DisplayForm.MONEY, DisplayForm.MONEY_PRECISE, DisplayForm.MONEY_FINE);
    BigDecimal printed = Numbers.growthShown(measure.yoy().pct().value());
    for (int extra = forms.indexOf(shown); extra < forms.size(); extra++) {
      BigDecimal now = Numbers.moneyShown(measure.value().value(), extra);
      BigDecimal then = Numbers.moneyShown(prior.value(), extra);
      BigDecimal implied = then.signum() <= 0 ? null : Decimals.growthPct(now, then);
      if (implied != null && implied.subtract(printed).abs().compareTo(BigDecimal.ONE) <= 0) {
        return forms.get(extra);
      }
    }
    return DisplayForm.MONEY_FINE;
  }

  /** "+12%", "−3%", "0%": signed so the column reads at a glance; "to a loss" or "n/m" across zero. */
  private Prose change(Measure m) {
    Change yoy = m.yoy();
    Prose.Builder b = phrases.builder();
    if (yoy == null) {
      if (m.swung()) {
        boolean toProfit = m.value().value().signum() > 0;
        Fact d = Phrases.difference(m.value(), m.yearAgo(), "yoy_change");
        return b.word(d, FlatRule.sign(d.value()), toProfit ? "to a profit" : "to a loss", FlatRule.SIGN).build();
      }
      return m.bothNegative() ? b.text("n/m").build() : dash();
    }
    if (m.value().unit() == FactUnit.PERCENT && yoy.prior() != null) {
      // a percentage changes by points, never by a percentage of itself: "−1.5 pts"
      Fact points = Phrases.difference(m.value(), yoy.prior(), "yoy_points");
      int s = points.value().signum();
      String text = Numbers.points(points.value());
      return b.word(points, FlatRule.sign(points.value()), text.equals("0.0") ? "" : s > 0 ? "+" : s < 0 ? "\u2212" : "",
          FlatRule.SIGN).num(points, DisplayForm.POINTS).text(" pts").build();
    }
    Fact times = Phrases.multiple(yoy.pct());
    if (times != null) {
      // +365% reads as 4.7 times the year-earlier figure
      return b.text("\u00d7").num(times, DisplayForm.RATIO).build();
    }
    int sign = yoy.pct().value().signum();
    Direction d = FlatRule.sign(yoy.pct().value());
    String mark = Numbers.growth(yoy.pct().value()).equals("0%") ? "" : sign > 0 ? "+" : sign < 0 ? "\u2212" : "";
    return b.word(yoy.pct(), d, mark, FlatRule.SIGN).num(yoy.pct(), DisplayForm.GROWTH).build();
  }

  /** "beat, +1%", "missed, −8%". */
  private Prose against(Surprise s) {
    int sign = s.surprisePct().value().signum();
    Prose.Builder b = phrases.builder();
    b.word(s.surprisePct(), Direction.of(sign), sign > 0 ? "beat" : sign < 0 ? "missed" : "matched", FlatRule.SIGN);
    if (sign != 0) {
      b.text(", " + (sign > 0 ? "+" : "\u2212")).num(s.surprisePct(), DisplayForm.GROWTH);
    }
    return b.build();
  }

  private Prose dash() {
    return phrases.builder().text("\u2013").build();
  }
}

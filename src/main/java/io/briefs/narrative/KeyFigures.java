package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.model.Metric;
import java.util.ArrayList;
import java.util.List;

/** The key-figures table: this quarter, a year earlier and the change, for the main figures. */
final class KeyFigures {
  private final Phrases phrases;
  private final Names names;

  KeyFigures(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Table write(BriefMetrics m) {
    List<Table.Row> rows = new ArrayList<>();
    for (Metric metric : List.of(Metric.REVENUE, Metric.OPERATING_INCOME, Metric.OPERATING_INCOME_NON_GAAP,
        Metric.NET_INCOME, Metric.EPS, Metric.EPS_NON_GAAP)) {
      row(rows, Names.capitalize(Names.metric(metric)), m.result(metric));
    }
    for (SegmentMetrics s : m.segments()) {
      row(rows, s.segment().shortName() + " revenue", s.revenue());
      row(rows, s.segment().shortName() + " operating income", s.operatingIncome());
    }
    m.kpis().forEach(k -> row(rows, Names.capitalize(names.of(k.path())), k));
    String period = m.quarter().period().displayName();
    String yearAgo = m.quarter().period().yearAgo().displayName();
    return new Table("Key figures", List.of("", period, yearAgo, "Change"), rows);
  }

  private void row(List<Table.Row> rows, String label, Measure measure) {
    if (measure == null) {
      return;
    }
    DisplayForm shown = Phrases.shown(measure.value().unit());
    Prose value = phrases.builder().num(measure.value(), shown).build();
    Change yoy = measure.yoy();
    Prose prior = yoy == null || yoy.prior() == null ? dash() : phrases.builder().num(yoy.prior(), shown).build();
    Prose change = yoy == null ? dash() : change(yoy);
    rows.add(new Table.Row(label, List.of(value, prior, change)));
  }

  /** "+12%", "-3%", "0%": signed so the column reads at a glance. */
  private Prose change(Change yoy) {
    int sign = yoy.pct().value().signum();
    Prose.Builder b = phrases.builder();
    Direction d = FlatRule.sign(yoy.pct().value());
    String mark = Numbers.growth(yoy.pct().value()).equals("0%") ? "" : sign > 0 ? "+" : sign < 0 ? "\u2212" : "";
    return b.word(yoy.pct(), d, mark, FlatRule.SIGN).num(yoy.pct(), DisplayForm.GROWTH).build();
  }

  private Prose dash() {
    return phrases.builder().text("\u2013").build();
  }
}

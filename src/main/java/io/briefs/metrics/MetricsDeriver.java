package io.briefs.metrics;

import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.ValueKind;
import java.util.ArrayList;
import java.util.List;

/** Derives a brief's metrics from a company's data: pure functions of the model. */
public final class MetricsDeriver {
  /** How far back a brief's comparisons and charts reach: the eight quarters of its charts. */
  static final int REACH_QUARTERS = 8;

  private MetricsDeriver() {}

  /** The metrics of {@code quarter}'s brief. */
  public static BriefMetrics derive(CompanyData data, Quarter quarter) {
    PriorLookup lookup = new PriorLookup(data, quarter);
    Measures measures = new Measures(lookup);
    List<Measure> results = new ArrayList<>();
    for (Metric m : Metric.values()) {
      Measure measure = measures.of(new FigurePath.Result(m), unit(m.kind()));
      if (measure != null) {
        results.add(measure);
      }
    }
    List<Measure> kpis = new ArrayList<>();
    for (Kpi k : data.company().kpis()) {
      Measure measure = measures.of(new FigurePath.KpiValue(k.id()), unit(k.unit()));
      if (measure != null) {
        kpis.add(measure);
      }
    }
    Measure revenue = find(results, Metric.REVENUE);
    Measure income = find(results, Metric.OPERATING_INCOME);
    Fact margin = Margins.share("results.operating_margin", value(income), value(revenue));
    Fact priorMargin = Margins.share("results.operating_margin_prior", base(income), base(revenue));
    GuidanceDeriver guidance = new GuidanceDeriver(lookup);
    return new BriefMetrics(
        data.company(), quarter, results, margin, priorMargin,
        Margins.changeBps("results.operating_margin.yoy_bps", margin, priorMargin),
        new SegmentDeriver(measures).derive(data.company(), value(revenue)),
        kpis, guidance.guided(), guidance.notes(), guidance.outcomes(), ReactionDeriver.surprises(quarter),
        ReactionDeriver.market(quarter), restatements(data, quarter),
        OrderBooks.derive(data.company(), kpis, lookup), records(data, lookup, quarter), streaks(data, quarter));
  }

  static FactUnit unit(ValueKind kind) {
    return FactUnits.of(kind);
  }

  private static Measure find(List<Measure> results, Metric metric) {
    FigurePath path = new FigurePath.Result(metric);
    return results.stream().filter(m -> m.path().equals(path)).findFirst().orElse(null);
  }

  private static Fact value(Measure m) {
    return m == null ? null : m.value();
  }

  private static Fact base(Measure m) {
    return m == null || m.yoy() == null ? null : m.yoy().prior();
  }

  /** Every figure of the quarter that could make a record, in dataset order. */
  private static List<FigurePath> notable(Quarter quarter) {
    return FigureWalk.paths(quarter.figures());
  }

  private static List<Extreme> records(CompanyData data, PriorLookup lookup, Quarter quarter) {
    List<Extreme> out = new ArrayList<>();
    for (FigurePath path : notable(quarter)) {
      Extreme r = Extremes.of(data, lookup, path);
      if (r != null) {
        out.add(r);
      }
    }
    return out;
  }

  private static List<Streak> streaks(CompanyData data, Quarter quarter) {
    List<Streak> out = new ArrayList<>();
    for (FigurePath path : notable(quarter)) {
      Streak s = Streaks.of(data, quarter, path);
      if (s != null) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * Every revision in force when the brief came out, for the quarters its charts and comparisons
   * reach (two years back): what the brief must say once it uses.
   */
  public static List<Restatement> restatements(CompanyData data, Quarter quarter) {
    FiscalQuarter first = quarter.period();
    for (int i = 0; i < REACH_QUARTERS; i++) {
      first = first.previous();
    }
    return new PriorLookup(data, quarter).revisions(first);
  }
}

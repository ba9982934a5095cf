package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Derives a brief's metrics from a company's data: pure functions of the model. */
public final class MetricsDeriver {
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
        data.company(), quarter, results, margin,
        Margins.changeBps("results.operating_margin.yoy_bps", margin, priorMargin),
        new SegmentDeriver(measures).derive(data.company(), value(revenue)),
        kpis, guidance.guided(), guidance.outcomes(), ReactionDeriver.surprises(quarter),
        ReactionDeriver.market(quarter), restatements(data, quarter),
        OrderBooks.derive(data.company(), kpis), records(data, lookup, quarter), streaks(data, quarter));
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

  /** Every comparative of this release that differs from the earlier quarter's own file. */
  public static List<Restatement> restatements(CompanyData data, Quarter quarter) {
    List<Restatement> out = new ArrayList<>();
    for (Map.Entry<FiscalQuarter, Figures> e : quarter.comparatives().entrySet()) {
      Quarter earlier = data.quarter(e.getKey());
      if (earlier == null) {
        continue;
      }
      for (FigurePath path : FigureWalk.paths(e.getValue())) {
        Amount stated = path.in(e.getValue());
        Amount own = path.in(earlier.figures());
        if (own != null && Decimals.differ(stated.value(), own.value())) {
          out.add(new Restatement(e.getKey(), path, own, stated));
        }
      }
    }
    return out;
  }
}

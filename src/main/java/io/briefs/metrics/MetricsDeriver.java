package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Kpi;
import io.briefs.model.Margin;
import io.briefs.model.Metric;
import io.briefs.model.OneOff;
import io.briefs.model.Quarter;
import io.briefs.model.ValueKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Derives a brief's metrics from a company's data: pure functions of the model. */
public final class MetricsDeriver {
  /** How far back a brief's comparisons and charts reach: the eight quarters of its charts. */
  static final int REACH_QUARTERS = 8;

  private MetricsDeriver() {}

  /** The metrics of {@code quarter}'s brief. */
  public static BriefMetrics derive(CompanyData all, Quarter quarter) {
    // segments are named as they were called in the brief's quarter
    CompanyData data = all.asOf(quarter.period());
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
    MarginFigure operating = Margins.figure(lookup, new FigurePath.MarginValue(Margin.OPERATING),
        "results.operating_margin", Margins.share("results.operating_margin", value(income), value(revenue)),
        Margins.share("results.operating_margin_prior", base(income), base(revenue)));
    List<MarginFigure> margins = new ArrayList<>();
    for (Margin m : List.of(Margin.GROSS, Margin.GROSS_NON_GAAP, Margin.OPERATING_NON_GAAP)) {
      FigurePath stated = new FigurePath.MarginValue(m);
      if (stated.in(quarter.figures()) != null) {
        String id = "results." + m.key().replace("_pct", "");
        Measure money = find(results, m.of());
        margins.add(Margins.figure(lookup, stated, id, null,
            Margins.share(id + "_prior", base(money), base(revenue))));
      }
    }
    GuidanceDeriver guidance = new GuidanceDeriver(lookup);
    return new BriefMetrics(
        data.company(), quarter, results, operating == null ? null : operating.value(),
        operating == null ? null : operating.prior(), operating == null ? null : operating.changeBps(),
        new SegmentDeriver(measures, lookup).derive(data.company(), value(revenue)),
        kpis, guidance.guided(), guidance.notes(), guidance.outcomes(), ReactionDeriver.surprises(quarter),
        ReactionDeriver.market(quarter), restatements(data, quarter),
        OrderBooks.derive(data.company(), kpis, lookup), records(data, lookup, quarter), streaks(data, quarter),
        margins, changes(measures, quarter), oneOffs(quarter));
  }
  /** Every stated change beyond a change in percent, and every figure given by its change alone. */
  private static List<ChangeFacts> changes(Measures measures, Quarter quarter) {
    List<FigurePath> paths = new ArrayList<>(FigureWalk.paths(quarter.figures()));
    paths.addAll(quarter.figures().changesOnly().keySet());
    List<ChangeFacts> out = new ArrayList<>();
    for (FigurePath path : paths) {
      ChangeFacts c = measures.stated(path);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  /** The quarter's one-off items, each amount a fact whose formula names its source. */
  private static List<OneOffItem> oneOffs(Quarter quarter) {
    List<OneOffItem> out = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (OneOff o : quarter.oneOffs()) {
      String base = "one_offs." + Holders.slug(o.label());
      String id = base;
      for (int n = 2; !ids.add(id); n++) {
        id = base + "-" + n;
      }
      Amount a = o.amount();
      String formula = (a.approximate() ? "as reported, approximately" : "as reported")
          + (o.source() == null ? "" : "; source: " + o.source());
      out.add(new OneOffItem(o, new Fact(id + ".amount", a.value(), FactUnit.MONEY, formula, List.of(a.loc()),
          a.approximate())));
    }
    return out;
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

  /**
   * Every figure of the quarter that could make a record, in dataset order: amounts, not stated
   * margins (a percentage's change is not a growth rate) and not approximations.
   */
  private static List<FigurePath> notable(Quarter quarter) {
    return FigureWalk.paths(quarter.figures()).stream()
        .filter(path -> !path.isMargin() && !path.in(quarter.figures()).approximate())
        .toList();
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

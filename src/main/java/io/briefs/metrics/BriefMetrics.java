package io.briefs.metrics;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Margin;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything derived for one brief: the quarter's measures, margins, segments, KPIs, guidance and
 * restatements. Optional parts are null or empty when the data does not allow them.
 *
 * @param operatingMarginPrior the GAAP operating margin a year earlier
 * @param operatingMarginChangeBps change of the GAAP operating margin against a year earlier
 * @param outlookNotes outlooks given as a status alone, without figures
 * @param market may be null
 * @param records figures at a high or low against their history in the data
 * @param streaks runs of three or more quarters of year-over-year growth or decline
 * @param margins the company-wide margins the company states beyond the operating margin (gross,
 *     non-GAAP gross, non-GAAP operating), in that order
 * @param changes what the company stated about changes beyond a change in percent: at constant
 *     currency, in basis points, or for a figure given without its value
 * @param oneOffs the quarter's one-off items
 */
public record BriefMetrics(
    Company company,
    Quarter quarter,
    List<Measure> results,
    Fact operatingMargin,
    Fact operatingMarginPrior,
    Fact operatingMarginChangeBps,
    List<SegmentMetrics> segments,
    List<Measure> kpis,
    List<GuidedFigure> guidance,
    List<OutlookNote> outlookNotes,
    List<GuidanceOutcome> outcomes,
    List<Surprise> surprises,
    MarketReaction market,
    List<Restatement> restatements,
    List<OrderBook> orderBooks,
    List<Extreme> records,
    List<Streak> streaks,
    List<MarginFigure> margins,
    List<ChangeFacts> changes,
    List<OneOffItem> oneOffs) {

  /** Copies the lists. */
  public BriefMetrics {
    results = List.copyOf(results);
    segments = List.copyOf(segments);
    kpis = List.copyOf(kpis);
    guidance = List.copyOf(guidance);
    outlookNotes = List.copyOf(outlookNotes);
    outcomes = List.copyOf(outcomes);
    surprises = List.copyOf(surprises);
    restatements = List.copyOf(restatements);
    orderBooks = List.copyOf(orderBooks);
    records = List.copyOf(records);
    streaks = List.copyOf(streaks);
    margins = List.copyOf(margins);
    changes = List.copyOf(changes);
    oneOffs = List.copyOf(oneOffs);
  }

  /** A stated margin beyond the operating margin, or null. */
  public MarginFigure margin(Margin margin) {
    return margins.stream().filter(m -> m.path().equals(new FigurePath.MarginValue(margin))).findFirst()
        .orElse(null);
  }

  /** What the company stated about a figure's change beyond a change in percent, or null. */
  public ChangeFacts changes(FigurePath path) {
    return changes.stream().filter(c -> c.path().equals(path)).findFirst().orElse(null);
  }

  /** A company-wide metric against the consensus estimate, or null when there was none. */
  public Surprise surprise(Metric metric) {
    return surprises.stream().filter(s -> s.metric() == metric).findFirst().orElse(null);
  }

  /** The measure of a company-wide metric, or null when not disclosed. */
  public Measure result(Metric metric) {
    return results.stream()
        .filter(m -> m.path().equals(new FigurePath.Result(metric)))
        .findFirst()
        .orElse(null);
  }

  /** The measure of any figure of the quarter (result, segment, line or KPI), or null. */
  public Measure measure(FigurePath path) {
    return measures().stream().filter(m -> m.path().equals(path)).findFirst().orElse(null);
  }

  /** Every measure of the quarter: results, each segment's revenue, operating income and lines, KPIs. */
  public List<Measure> measures() {
    List<Measure> all = new ArrayList<>(results);
    for (SegmentMetrics s : segments) {
      if (s.revenue() != null) {
        all.add(s.revenue());
      }
      if (s.operatingIncome() != null) {
        all.add(s.operatingIncome());
      }
      all.addAll(s.lines());
    }
    all.addAll(kpis);
    return all;
  }

  /** The record of a figure, or null. */
  public Extreme record(FigurePath path) {
    return records.stream().filter(r -> r.path().equals(path)).findFirst().orElse(null);
  }

  /** The streak of a figure, or null. */
  public Streak streak(FigurePath path) {
    return streaks.stream().filter(s -> s.path().equals(path)).findFirst().orElse(null);
  }

  /** The measure of a KPI, or null when not disclosed. */
  public Measure kpi(String kpiId) {
    return kpis.stream()
        .filter(m -> m.path().equals(new FigurePath.KpiValue(kpiId)))
        .findFirst()
        .orElse(null);
  }
}

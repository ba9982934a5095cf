package io.briefs.metrics;

import java.util.List;

/**
 * Every kind of figure a brief derives, with its definition and formula: the source of the
 * methodology page, so what the site says about its numbers is what the code does.
 */
public final class Catalog {
  /** One kind of derived figure. */
  public record Definition(String id, String name, String definition, String formula) {}

  /** The entries, in the order a reader meets them in a brief. */
  public static final List<Definition> ENTRIES = List.of(
      new Definition("*.yoy_pct", "Year-over-year change",
          "Change against the same quarter a year earlier. The company's own stated change is printed when given;"
              + " otherwise it is computed. The earlier figure is the one this release states in its comparatives"
              + " (possibly restated); a period the release restates is not compared using its older file.",
          "(current - year-earlier) / year-earlier x 100; not shown when the earlier figure is zero or negative"),
      new Definition("*.qoq_pct", "Quarter-over-quarter change", "Change against the previous fiscal quarter.",
          "(current - previous) / previous x 100"),
      new Definition("results.operating_margin", "Operating margin", "Operating income as a share of revenue.",
          "operating income / revenue x 100"),
      new Definition("*.operating_margin.yoy_bps", "Margin change", "Change of a margin against a year earlier.",
          "(margin - year-earlier margin) x 100, in basis points"),
      new Definition("segments.*.revenue_share", "Revenue mix", "A segment's share of total revenue.",
          "segment revenue / total revenue x 100"),
      new Definition("segments.*.operating_income_share", "Share of segment operating income",
          "A segment's share of the operating income of all segments (only when every segment reports it).",
          "segment operating income / sum of segments' operating income x 100"),
      new Definition("kpis.*book_to_bill", "Book-to-bill", "Orders received for each unit of shipments in the quarter.",
          "orders / shipments"),
      new Definition("kpis.*backlog_coverage", "Backlog coverage",
          "How many quarters of shipments the backlog represents at the quarter's pace.", "backlog / shipments"),
      new Definition("guidance.*.mid", "Guidance midpoint", "The centre of a guided range.",
          "(low + high) / 2, or the midpoint as given"),
      new Definition("guidance.*.implied_growth_pct", "Implied growth of guidance",
          "Growth the guided midpoint would mean against the same period a year earlier (a year's total is the"
              + " sum of its four quarters; never for per-share figures, which do not add up).",
          "(midpoint - year-earlier actual) / year-earlier actual x 100"),
      new Definition("guidance.*.status", "Guidance status",
          "Against the latest earlier guidance for the same period: raised or lowered (the centre moved),"
              + " narrowed or widened (same centre, tighter or looser range), reaffirmed (unchanged), initiated"
              + " (none before); withdrawn only when the dataset says so.",
          "compare centres, then widths"),
      new Definition("guidance.*.guided", "Result against guidance",
          "Where the quarter's actual figure landed against the range guided a quarter earlier.",
          "above the high end, within, or below the low end"),
      new Definition("consensus.*.surprise_pct", "Surprise", "The actual result against the consensus estimate.",
          "(actual - estimate) / |estimate| x 100"),
      new Definition("market.next_day_change_pct", "Share price reaction",
          "The next session's close against the close before the release.", "(next close - previous close) / previous close x 100"),
      new Definition("records", "Records",
          "A figure higher (or lower) than in every quarter back to a named one, or than in every quarter of an"
              + " unbroken run of data; round levels (1, 2 or 5 times a power of ten) crossed for the first time in"
              + " that run. Never claimed beyond the data.", "comparison with each earlier quarter as this release sees it"),
      new Definition("streaks", "Streaks",
          "Consecutive quarters of year-over-year growth or decline ending with this quarter, each quarter's change as"
              + " its own release gave it; \"straight\" only when the quarter before the run is known to have broken it.",
          "count of quarters with the same sign of change"));

  private Catalog() {}
}

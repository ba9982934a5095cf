package io.briefs.generated;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A generated quarter file as it will be written: digits in the file's units, ready for YAML. */
final class Written {
  private Written() {}

  /** A figure: its digits, and the change the company states (null: a bare number). */
  record Fig(BigDecimal value, BigDecimal statedPct) {
    static Fig bare(BigDecimal value) {
      return new Fig(value, null);
    }
  }

  /** A segment's figures; any may be null (not given), lines by id. */
  record Segment(Fig revenue, Fig operatingIncome, Map<String, Fig> lines) {}

  /** A block of figures (the quarter's own or a comparative): results by key, segments and KPIs by id. */
  record Block(Map<String, Fig> results, Map<String, Segment> segments, Map<String, Fig> kpis) {
    static Block empty() {
      return new Block(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
    }
  }

  /** A guided range by its written keys ({@code low}, {@code high}, {@code mid}, {@code plus_minus}...). */
  record Range(Map<String, BigDecimal> keys) {}

  /** A guidance entry: its period label, ranges by metric key, KPI ranges by id, status or null. */
  record Guide(String period, Map<String, Range> metrics, Map<String, Range> kpis, String status) {}

  /** A broker's action with prices in currency units (null: not given). */
  record Analyst(String firm, String action, String rating, BigDecimal from, BigDecimal to) {}

  /** The editorial blocks; null or empty when not given. */
  record Extras(Map<String, Fig> consensus, String consensusSource, BigDecimal previousClose,
      BigDecimal afterHoursPct, BigDecimal nextClose, boolean market, List<Analyst> analysts,
      List<Plan.Holder> holders, List<Plan.Quote> quotes, List<String> risks, String commentary,
      List<Plan.Source> sources) {}

  /** One quarter file. */
  record Quarter(String period, LocalDate periodEnd, LocalDate reported, String units, Block figures,
      Map<String, Block> comparatives, List<Guide> guidance, Extras extras) {

    /** The file name, {@code fy2024-q1.yaml}. */
    String fileName() {
      return period.toLowerCase(java.util.Locale.ROOT) + ".yaml";
    }
  }
}

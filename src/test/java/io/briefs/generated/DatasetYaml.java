package io.briefs.generated;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;

/** Writes a generated company's files: company.yaml and one YAML file per quarter. */
final class DatasetYaml {
  private DatasetYaml() {}

  static String company(Plan.Company plan) {
    Plan.Identity id = plan.identity();
    Yaml y = new Yaml().text(0, "id", id.id()).text(0, "name", id.name()).text(0, "short_name", id.shortName());
    if (id.ticker() != null) {
      // a numeric ticker (7203) is written as a bare number, as Japanese tickers are
      y.raw(0, "ticker", id.ticker().matches("\\d+") ? id.ticker() : Yaml.quote(id.ticker()));
    }
    y.text(0, "exchange", id.exchange()).raw(0, "currency", id.currency())
        .raw(0, "fiscal_year_end", plan.calendar().yearEnd().name().toLowerCase(Locale.ROOT));
    if (!plan.segments().isEmpty()) {
      y.open(0, "segments");
      for (Plan.Segment s : plan.segments()) {
        y.item(1, "id", Yaml.quote(s.id())).text(2, "name", s.name()).text(2, "short_name", s.shortName());
        if (!s.lines().isEmpty()) {
          y.open(2, "lines");
          s.lines().forEach(l -> y.item(3, "id", Yaml.quote(l.id())).text(4, "name", l.name()));
        }
      }
    }
    if (!plan.kpis().isEmpty()) {
      y.open(0, "kpis");
      plan.kpis().forEach(k -> y.item(1, "id", Yaml.quote(k.id())).text(2, "name", k.name())
          .raw(2, "kind", k.stock() ? "stock" : "flow").raw(2, "unit", k.unit()));
    }
    return y.toString();
  }

  static String quarter(String companyId, Written.Quarter q) {
    Yaml y = new Yaml().text(0, "company", companyId).raw(0, "period", q.period())
        .raw(0, "period_end", q.periodEnd().toString()).raw(0, "reported", q.reported().toString())
        .raw(0, "units", q.units());
    block(y, 0, q.figures());
    if (!q.comparatives().isEmpty()) {
      y.open(0, "comparatives");
      q.comparatives().forEach((period, b) -> block(y.open(1, period), 2, b));
    }
    if (!q.guidance().isEmpty()) {
      y.open(0, "guidance");
      for (Written.Guide g : q.guidance()) {
        y.item(1, "period", g.period());
        g.metrics().forEach((k, r) -> y.raw(2, k, range(r)));
        if (!g.kpis().isEmpty()) {
          y.open(2, "kpis");
          g.kpis().forEach((k, r) -> y.raw(3, Yaml.quote(k), range(r)));
        }
        if (g.status() != null) {
          y.raw(2, "status", g.status());
        }
      }
    }
    ExtrasYaml.write(y, q.extras());
    return y.toString();
  }

  private static void block(Yaml y, int indent, Written.Block b) {
    if (!b.results().isEmpty()) {
      y.open(indent, "results");
      b.results().forEach((k, f) -> y.raw(indent + 1, k, fig(f)));
    }
    if (!b.segments().isEmpty()) {
      y.open(indent, "segments");
      b.segments().forEach((id, s) -> {
        y.open(indent + 1, Yaml.quote(id));
        if (s.revenue() != null) {
          y.raw(indent + 2, "revenue", fig(s.revenue()));
        }
        if (s.operatingIncome() != null) {
          y.raw(indent + 2, "operating_income", fig(s.operatingIncome()));
        }
        if (!s.lines().isEmpty()) {
          y.open(indent + 2, "lines");
          s.lines().forEach((line, f) -> y.raw(indent + 3, Yaml.quote(line), fig(f)));
        }
      });
    }
    if (!b.kpis().isEmpty()) {
      y.open(indent, "kpis");
      b.kpis().forEach((k, f) -> y.raw(indent + 1, Yaml.quote(k), fig(f)));
    }
  }

  /** A bare number, or {@code { value: 6320, change_pct: 16 }}. */
  static String fig(Written.Fig f) {
    return f.statedPct() == null ? f.value().toPlainString()
        : "{ value: " + f.value().toPlainString() + ", change_pct: " + signed(f.statedPct()) + " }";
  }

  /** A change as companies write it: a rise to one decimal with its plus sign ("+4.5"), which YAML reads as a number. */
  private static String signed(BigDecimal pct) {
    return (pct.signum() > 0 && pct.scale() > 0 ? "+" : "") + pct.toPlainString();
  }

  private static String range(Written.Range r) {
    StringBuilder sb = new StringBuilder("{ ");
    for (Map.Entry<String, BigDecimal> e : r.keys().entrySet()) {
      sb.append(sb.length() > 2 ? ", " : "").append(e.getKey()).append(": ").append(e.getValue().toPlainString());
    }
    return sb.append(" }").toString();
  }
}

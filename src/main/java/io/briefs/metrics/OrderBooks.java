package io.briefs.metrics;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.Guidance;
import io.briefs.model.Kpi;
import io.briefs.model.KpiKind;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds KPI families of orders, shipments and backlog by their ids and names (a stock named
 * "backlog", flows named "orders" and "shipments" sharing its prefix, like {@code ai-orders},
 * {@code ai-shipments}, {@code ai-backlog}) and derives book-to-bill and backlog coverage.
 */
final class OrderBooks {
  private OrderBooks() {}

  static List<OrderBook> derive(Company company, List<Measure> kpis, PriorLookup lookup) {
    List<OrderBook> out = new ArrayList<>();
    for (Kpi backlog : company.kpis()) {
      if (backlog.kind() != KpiKind.STOCK || !mentions(backlog, "backlog")) {
        continue;
      }
      int at = backlog.id().indexOf("backlog");
      String prefix = at < 0 ? "" : backlog.id().substring(0, at);
      Kpi orders = partner(company, prefix, "order");
      Kpi shipments = partner(company, prefix, "shipment");
      Fact o = value(kpis, orders);
      Fact s = value(kpis, shipments);
      Fact b = value(kpis, backlog);
      Fact bookToBill = ratio("kpis." + prefix + "book_to_bill", o, s, FactUnit.RATIO);
      Fact coverage = ratio("kpis." + prefix + "backlog_coverage", b, s, FactUnit.QUARTERS);
      FiscalYear lastYear = new FiscalYear(lookup.current().period().year() - 1);
      Fact lastYearShipments = shipments == null ? null : yearTotal(lookup, lastYear, shipments);
      if (bookToBill != null || coverage != null || lastYearShipments != null) {
        out.add(new OrderBook(orders == null ? null : orders.id(), shipments == null ? null : shipments.id(),
            backlog.id(), bookToBill, coverage, lastYear, lastYearShipments,
            shipments != null && guided(lookup, shipments)));
      }
    }
    return out;
  }

  /** Whether a release out by the brief's, this one included, guides the KPI for a period not yet reported. */
  private static boolean guided(PriorLookup lookup, Kpi kpi) {
    Quarter now = lookup.current();
    for (Quarter q : lookup.data().quarters()) {
      if (q.reported().isAfter(now.reported())) {
        continue;
      }
      for (Guidance g : q.guidance()) {
        boolean ahead = g.period() instanceof FiscalQuarter fq ? fq.compareTo(now.period()) > 0
            : ((FiscalYear) g.period()).year() >= now.period().year() && now.period().quarter() < 4
                || ((FiscalYear) g.period()).year() > now.period().year();
        if (ahead && g.kpis().containsKey(kpi.id())) {
          return true;
        }
      }
    }
    return false;
  }

  /** A flow's total over a fiscal year, when every quarter of it is known as the brief sees it. */
  static Fact yearTotal(PriorLookup lookup, FiscalYear year, Kpi kpi) {
    FigurePath path = new FigurePath.KpiValue(kpi.id());
    BigDecimal total = BigDecimal.ZERO;
    List<String> terms = new ArrayList<>();
    List<SourceLoc> inputs = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      Prior p = lookup.find(year.quarter(q), path);
      if (p == null) {
        return null;
      }
      total = total.add(p.amount().value());
      terms.add(Measures.plain(p.amount().value()));
      inputs.add(p.amount().loc());
    }
    return new Fact(path.key() + "." + year.label().toLowerCase(Locale.ROOT) + "_total", total,
        FactUnits.of(kpi.unit()), String.join(" + ", terms), inputs);
  }

  private static boolean mentions(Kpi kpi, String word) {
    return kpi.id().toLowerCase(Locale.ROOT).contains(word) || kpi.name().toLowerCase(Locale.ROOT).contains(word);
  }

  private static Kpi partner(Company company, String prefix, String word) {
    return company.kpis().stream()
        .filter(k -> k.kind() == KpiKind.FLOW && k.id().startsWith(prefix) && mentions(k, word))
        .findFirst().orElse(null);
  }

  private static Fact value(List<Measure> kpis, Kpi kpi) {
    if (kpi == null) {
      return null;
    }
    FigurePath path = new FigurePath.KpiValue(kpi.id());
    return kpis.stream().filter(m -> m.path().equals(path)).map(Measure::value).findFirst().orElse(null);
  }

  private static Fact ratio(String id, Fact a, Fact b, FactUnit unit) {
    if (a == null || b == null) {
      return null;
    }
    BigDecimal r = Decimals.ratio(a.value(), b.value());
    if (r == null || b.value().signum() < 0) {
      return null;
    }
    return new Fact(id, r, unit, Measures.plain(a.value()) + " / " + Measures.plain(b.value()), Margins.concat(a, b));
  }
}

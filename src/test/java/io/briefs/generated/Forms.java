package io.briefs.generated;

import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.Amount;
import io.briefs.model.CompanyData;
import io.briefs.model.Coverage;
import io.briefs.model.Guidance;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.Range;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** The forms of the dataset format a generated company uses, read back from its files as loaded. */
final class Forms {
  private static final BigDecimal TEN_MILLION = new BigDecimal("1E7");
  private static final BigDecimal HUNDRED_BILLION = new BigDecimal("1E11");
  private static final BigDecimal BARELY = new BigDecimal("0.001");

  private Forms() {}

  static Set<String> of(GeneratedCompany generated, Path data) {
    Set<String> f = new TreeSet<>();
    generated.files().values().forEach(text -> text.lines().forEach(l -> {
      if (l.startsWith("units: ")) {
        f.add(l.replace(": ", ":"));
      }
      if (l.contains("change_pct: +")) {
        f.add("stated change with a plus sign");
      }
    }));
    scripts(String.join("", generated.files().values()), f);
    CompanyData c = new DatasetLoader(new Diagnostics()).load(data).companies().get(0);
    f.add("fiscal_year_end:" + c.company().fiscalYearEnd().name().toLowerCase(Locale.ROOT));
    f.add("currency:" + c.company().currency());
    c.company().kpis().forEach(k -> f.add("kpi:" + k.kind() + "/" + k.unit()));
    c.company().segments().forEach(s -> f.add(s.lines().isEmpty() ? "segment without lines" : "segment with lines"));
    Quarter previous = null;
    for (Quarter q : c.quarters()) {
      quarter(c, q, previous, f);
      previous = q;
    }
    return f;
  }

  private static void quarter(CompanyData c, Quarter q, Quarter previous, Set<String> f) {
    BigDecimal revenue = q.figures().result(Metric.REVENUE).value();
    f.add(revenue.signum() == 0 ? "revenue of zero" : revenue.compareTo(TEN_MILLION) < 0 ? "revenue below 10 million"
        : revenue.compareTo(HUNDRED_BILLION) > 0 ? "revenue above 100 billion" : "revenue in between");
    q.figures().results().keySet().forEach(m -> f.add("metric:" + m.key()));
    q.figures().results().values().stream().filter(Amount::hasStatedChange).findAny()
        .ifPresent(a -> f.add("stated change"));
    Amount income = q.figures().result(Metric.OPERATING_INCOME);
    if (income != null && income.value().signum() < 0) {
      f.add("operating loss");
    }
    if (previous != null) {
      if (!q.period().previous().equals(previous.period())) {
        f.add("missing quarters");
      }
      BigDecimal before = previous.figures().result(Metric.REVENUE).value();
      if (before.signum() > 0 && revenue.compareTo(before) == 0) {
        f.add("revenue unchanged");
      } else if (before.signum() > 0 && revenue.subtract(before).abs().divide(before, java.math.MathContext.DECIMAL64)
          .compareTo(BARELY) <= 0) {
        f.add("revenue barely changed");
      }
      Amount incomeBefore = previous.figures().result(Metric.OPERATING_INCOME);
      if (income != null && incomeBefore != null && income.value().signum() * incomeBefore.value().signum() < 0) {
        f.add("operating income across zero");
      }
    }
    for (Guidance g : q.guidance()) {
      f.add("guidance status:" + (g.status() == null ? "derived" : g.status().name().toLowerCase(Locale.ROOT)));
      g.metrics().values().forEach(r -> f.add("range:" + r.form()));
      g.kpis().values().stream().map(Range::form).forEach(r -> f.add("kpi range:" + r));
    }
    if (!MetricsDeriver.restatements(c, q).isEmpty()) {
      f.add("restatement");
    }
    long lag = java.time.temporal.ChronoUnit.DAYS.between(q.periodEnd(), q.reported());
    f.add(lag == 0 ? "reported the day the quarter ended" : lag == 120 ? "reported 120 days after" : "reported");
    f.add(q.periodEnd().equals(q.periodEnd().with(TemporalAdjusters.lastDayOfMonth())) ? "quarter ends at month end"
        : "quarter ends on a weekday near month end");
    blocks(q, f);
  }

  private static void blocks(Quarter q, Set<String> f) {
    Coverage v = q.coverage();
    block(f, "segments", !q.figures().segments().isEmpty());
    block(f, "kpis", !q.figures().kpis().isEmpty());
    block(f, "comparatives", !q.comparatives().isEmpty());
    block(f, "guidance", !q.guidance().isEmpty());
    block(f, "consensus", v.consensus() != null);
    block(f, "market", v.market() != null);
    block(f, "analysts", !v.analysts().isEmpty());
    block(f, "holders", !v.holders().isEmpty());
    block(f, "quotes", !v.quotes().isEmpty());
    block(f, "risks", !v.risks().isEmpty());
    block(f, "commentary", v.commentary() != null);
    block(f, "sources", !v.sources().isEmpty());
    if (v.commentary() != null && v.commentary().contains("brought revenue of")) {
      f.add("commentary quoting figures");
    }
  }

  private static void block(Set<String> f, String name, boolean present) {
    f.add(name + (present ? " present" : " absent"));
  }

  private static void scripts(String text, Set<String> f) {
    text.codePoints().forEach(cp -> {
      Character.UnicodeScript s = Character.UnicodeScript.of(cp);
      if (s == Character.UnicodeScript.GREEK || s == Character.UnicodeScript.CYRILLIC
          || s == Character.UnicodeScript.HAN || cp > 0xC0 && cp < 0x250) {
        f.add("script:" + (cp < 0x250 ? "LATIN" : s.name()));
      }
    });
  }
}

package io.briefs.generated;

import java.time.DayOfWeek;
import java.time.Month;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries of whole company plans: every form company.yaml allows. */
final class CompanyPlans {
  /** Currencies with a symbol of their own and ISO codes shown as codes (CHF, SEK...). */
  static final String[] CURRENCIES = {"USD", "EUR", "JPY", "GBP", "CHF", "CAD", "INR", "KRW", "CNY", "SEK", "BRL"};

  private CompanyPlans() {}

  /** Companies with 1 to {@code maxQuarters} quarter files. */
  static Arbitrary<Plan.Company> companies(int maxQuarters) {
    return Combinators.combine(identities(), calendars(), scales(),
        segments().list().ofMaxSize(4).uniqueElements(Plan.Segment::id),
        kpis().list().ofMaxSize(4).uniqueElements(Plan.Kpi::id),
        QuarterPlans.quarters().list().ofMinSize(1).ofMaxSize(maxQuarters))
        .as(Plan.Company::new);
  }

  static Arbitrary<Plan.Identity> identities() {
    Arbitrary<String> ticker = Arbitraries.oneOf(
        Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(5),
        Arbitraries.integers().between(1000, 9999).map(String::valueOf));
    return Combinators.combine(Words.id(), Words.chartName(), Words.chartName().injectNull(0.5), ticker.injectNull(0.3),
        Words.name().injectNull(0.4), Arbitraries.of(CURRENCIES)).as(Plan.Identity::new);
  }

  static Arbitrary<Plan.Calendar> calendars() {
    return Combinators.combine(Arbitraries.of(Month.class).withoutEdgeCases(),
        Arbitraries.integers().between(1970, 2099).shrinkTowards(2024), Arbitraries.integers().between(1, 4),
        Arbitraries.of(DayOfWeek.class).injectNull(0.6)).as(Plan.Calendar::new);
  }

  static Arbitrary<Plan.Scale> scales() {
    Arbitrary<String> units = Arbitraries.of("units", "thousands", "millions", "billions").injectNull(0.6);
    return Combinators.combine(Arbitraries.integers().between(6, 11).shrinkTowards(9),
        Arbitraries.integers().between(100, 999), units, Arbitraries.integers().between(1, 9).shrinkTowards(4),
        Arbitraries.integers().between(0, 255), Arbitraries.integers().between(-40, 45).shrinkTowards(10),
        Arbitraries.integers().between(-50, 80)).as(Plan.Scale::new);
  }

  static Arbitrary<Plan.Segment> segments() {
    Arbitrary<Plan.Line> line = Combinators.combine(Words.id(), Words.name(), Arbitraries.integers().between(1, 9))
        .as(Plan.Line::new);
    return Combinators.combine(Words.id(), Words.chartName(), Words.chartName().injectNull(0.5),
        Arbitraries.integers().between(1, 9), line.list().ofMaxSize(3).uniqueElements(Plan.Line::id),
        Arbitraries.integers().between(-40, 50).shrinkTowards(10)).as(Plan.Segment::new);
  }

  static Arbitrary<Plan.Kpi> kpis() {
    return Combinators.combine(Words.id(), Words.chartName(), Arbitraries.of(false, true),
        Arbitraries.of("money", "count", "percent"), Arbitraries.integers().between(0, 12))
        .as(Plan.Kpi::new);
  }
}

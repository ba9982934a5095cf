package io.briefs.generated;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik arbitraries of the editorial blocks of a quarter file, each present or absent. */
final class ExtrasPlans {
  private static final String[] ACTIONS = {"upgrade", "downgrade", "initiate", "reiterate", "raise-target",
      "lower-target"};

  private ExtrasPlans() {}

  static Arbitrary<Plan.Extras> extras() {
    return Combinators.combine(consensus().injectNull(0.5), market().injectNull(0.5),
        analyst().list().ofMaxSize(4), holder().list().ofMaxSize(3), quote().list().ofMaxSize(2),
        Words.sentence().list().ofMaxSize(3), commentary().injectNull(0.5), source().list().ofMaxSize(3))
        .as(Plan.Extras::new);
  }

  static Arbitrary<Plan.Consensus> consensus() {
    return Combinators.combine(Arbitraries.integers().between(0, 511), Arbitraries.integers().between(-100, 100),
        Words.name().injectNull(0.3), Arbitraries.frequency(Tuple.of(9, false), Tuple.of(1, true)))
        .as(Plan.Consensus::new);
  }

  static Arbitrary<Plan.Market> market() {
    Arbitrary<Integer> cents = Arbitraries.integers().between(1, 500_000).shrinkTowards(10_000);
    Arbitrary<Integer> move = Arbitraries.frequency(Tuple.of(1, -10_000), Tuple.of(1, 0), Tuple.of(10, 1))
        .flatMap(m -> m == 1 ? Arbitraries.integers().between(-5_000, 5_000) : Arbitraries.just(m));
    return Combinators.combine(cents.injectNull(0.2), move.injectNull(0.3), cents.injectNull(0.4))
        .as(Plan.Market::new);
  }

  static Arbitrary<Plan.Analyst> analyst() {
    Arbitrary<Integer> cents = Arbitraries.integers().between(1, 300_000).shrinkTowards(10_000);
    return Combinators.combine(Words.name(), Arbitraries.of(ACTIONS), Words.name().injectNull(0.5),
        cents.injectNull(0.6), cents.injectNull(0.3)).as(Plan.Analyst::new);
  }

  static Arbitrary<Plan.Holder> holder() {
    return Combinators.combine(Words.name(), Arbitraries.longs().between(-2_000_000_000L, 2_000_000_000L)
        .filter(n -> n != 0), Arbitraries.of(false, true)).as(Plan.Holder::new);
  }

  static Arbitrary<Plan.Quote> quote() {
    return Combinators.combine(Words.name(), Words.name().injectNull(0.4), Words.sentence()).as(Plan.Quote::new);
  }

  static Arbitrary<Plan.Commentary> commentary() {
    // a subject with digits ("100% Energy") would be a commentary number naming whatever follows it
    Arbitrary<String> subject = Words.name().filter(n -> n.chars().noneMatch(Character::isDigit));
    return Combinators.combine(Arbitraries.of(Plan.CommentaryKind.class), subject).as(Plan.Commentary::new);
  }

  static Arbitrary<Plan.Source> source() {
    Arbitrary<String> url = Arbitraries.of("https://example.com/release", "http://example.org/q?id=1&x=2",
        "mailto:ir@example.com", "ftp://example.net/file.pdf", "see the annual report", "https://example.com/ü/ß");
    return Combinators.combine(Words.name(), url).as(Plan.Source::new);
  }
}

package io.briefs.generated;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/** jqwik arbitraries of quarter plans: moves, gaps, dates, omissions, comparatives and guidance. */
final class QuarterPlans {
  private QuarterPlans() {}

  /** The first half of a quarter's choices (jqwik combines at most eight at once). */
  private record Core(int gapBefore, Plan.Move move, int movePermille, int lagDays, int marginShift, int drop,
      int segmentDrop, int stated) {}

  static Arbitrary<Plan.Quarter> quarters() {
    Arbitrary<Integer> gap = Arbitraries.frequency(Tuple.of(10, 0), Tuple.of(2, 1), Tuple.of(1, 2), Tuple.of(1, 5));
    Arbitrary<Plan.Move> move = Arbitraries.frequency(Tuple.of(6, Plan.Move.STEADY), Tuple.of(2, Plan.Move.SAME),
        Tuple.of(2, Plan.Move.BARELY), Tuple.of(2, Plan.Move.SWING), Tuple.of(1, Plan.Move.ZERO),
        Tuple.of(1, Plan.Move.JUMP));
    Arbitrary<Integer> lag = Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(1, 1), Tuple.of(1, 120), Tuple.of(12, 30))
        .flatMap(d -> d == 30 ? Arbitraries.integers().between(1, 120).shrinkTowards(30) : Arbitraries.just(d));
    Arbitrary<Integer> mask = Arbitraries.integers().between(0, 255);
    Arbitrary<Integer> rare = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(1, 1))
        .flatMap(on -> on == 0 ? Arbitraries.just(0) : Arbitraries.integers().between(0, 255));
    Arbitrary<Core> core = Combinators.combine(gap, move, Arbitraries.integers().between(-300, 400), lag,
        Arbitraries.integers().between(-25, 25), rare, rare, mask).as(Core::new);
    Arbitrary<String> units = Arbitraries.of("units", "thousands", "millions", "billions").injectNull(0.85);
    return Combinators.combine(core, units, comparatives(), guides().list().ofMaxSize(3)
        .uniqueElements(Plan.Guide::target), ExtrasPlans.extras())
        .as((c, u, comp, guide, extras) -> new Plan.Quarter(c.gapBefore(), c.move(), c.movePermille(), c.lagDays(),
            c.marginShift(), c.drop(), c.segmentDrop(), c.stated(), u, comp, guide, extras));
  }

  static Arbitrary<Plan.Comparatives> comparatives() {
    Arbitrary<Integer> restate = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(1, 1))
        .flatMap(on -> on == 0 ? Arbitraries.just(0) : Arbitraries.integers().between(-80, 80));
    Arbitrary<Plan.Comparatives> some = Combinators.combine(Arbitraries.of(true, false), Arbitraries.of(false, true),
        restate, Arbitraries.of(false, true), Arbitraries.of(false, true), Arbitraries.of(false, true))
        .as(Plan.Comparatives::new);
    return some.injectNull(0.5);
  }

  static Arbitrary<Plan.Guide> guides() {
    Arbitrary<Plan.Guided> guided = Combinators.combine(Arbitraries.integers().between(0, 15),
        Arbitraries.of(Plan.Form.class), Arbitraries.integers().between(-150, 150),
        Arbitraries.frequency(Tuple.of(1, 0), Tuple.of(6, 50)).flatMap(s -> s == 0 ? Arbitraries.just(0)
            : Arbitraries.integers().between(1, 200).shrinkTowards(50)))
        .as(Plan.Guided::new);
    Arbitrary<String> status = Arbitraries.of("raised", "lowered", "reaffirmed", "initiated", "withdrawn")
        .injectNull(0.5);
    return Combinators.combine(Arbitraries.of(Plan.Target.class), guided.list().ofMaxSize(4), status)
        .as(Plan.Guide::new);
  }
}

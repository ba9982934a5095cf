package io.briefs.metrics;

import io.briefs.model.CompanyData;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds records in the data: a figure higher (or lower) than in every quarter since some
 * earlier one, or than in every quarter covered, and round levels crossed for the first time.
 * Claims never reach beyond the data: a run of consecutive known quarters is all that counts.
 */
final class Extremes {
  /** Fewer quarters than this make no record worth a sentence. */
  static final int MIN_QUARTERS = 4;

  private Extremes() {}

  static Extreme of(CompanyData data, PriorLookup lookup, FigurePath path) {
    List<Fact> history = history(data, lookup, path);
    Fact current = history.get(history.size() - 1);
    if (current == null) {
      return null;
    }
    Extreme highest = find(path, history, current, lookup, Extreme.Side.HIGHEST);
    return highest != null ? highest : find(path, history, current, lookup, Extreme.Side.LOWEST);
  }

  private static Extreme find(FigurePath path, List<Fact> history, Fact current, PriorLookup lookup,
      Extreme.Side kind) {
    FiscalQuarter now = lookup.current().period();
    int covered = 1;
    BigDecimal extreme = null;
    for (int i = history.size() - 2; i >= 0 && history.get(i) != null; i--) {
      BigDecimal earlier = history.get(i).value();
      if (beats(earlier, current.value(), kind)) {
        FiscalQuarter since = back(now, history.size() - 1 - i);
        return covered + 1 >= MIN_QUARTERS ? new Extreme(path, current, kind, since, covered + 1, null) : null;
      }
      covered++;
      extreme = extreme == null || beats(earlier, extreme, kind) ? earlier : extreme;
    }
    if (covered < MIN_QUARTERS || extreme == null || extreme.compareTo(current.value()) == 0) {
      return null;
    }
    BigDecimal threshold = kind == Extreme.Side.HIGHEST ? crossed(extreme, current.value()) : null;
    return new Extreme(path, current, kind, null, covered, threshold);
  }

  private static FiscalQuarter back(FiscalQuarter q, int quarters) {
    FiscalQuarter out = q;
    for (int k = 0; k < quarters; k++) {
      out = out.previous();
    }
    return out;
  }

  private static boolean beats(BigDecimal candidate, BigDecimal value, Extreme.Side kind) {
    int cmp = candidate.compareTo(value);
    return kind == Extreme.Side.HIGHEST ? cmp > 0 : cmp < 0;
  }

  /** The largest round level (1, 2 or 5 times a power of ten) above {@code before} and at most {@code now}. */
  static BigDecimal crossed(BigDecimal before, BigDecimal now) {
    if (now.signum() <= 0) {
      return null;
    }
    BigDecimal power = BigDecimal.ONE.scaleByPowerOfTen(now.precision() - now.scale() - 1);
    for (BigDecimal p = power; p.compareTo(before.abs().max(BigDecimal.ONE).movePointLeft(1)) > 0; p = p.movePointLeft(1)) {
      for (int m : new int[] {5, 2, 1}) {
        BigDecimal level = p.multiply(BigDecimal.valueOf(m));
        if (level.compareTo(now) <= 0 && level.compareTo(before) > 0) {
          return level.stripTrailingZeros();
        }
      }
    }
    return null;
  }

  /** The figure in every quarter of the data up to the brief's, as the brief sees them (nulls for gaps). */
  static List<Fact> history(CompanyData data, PriorLookup lookup, FigurePath path) {
    FiscalQuarter first = data.quarters().get(0).period();
    FiscalQuarter now = lookup.current().period();
    List<Fact> out = new ArrayList<>();
    FactUnit unit = FactUnits.of(data.company(), path);
    for (FiscalQuarter q = first; q.compareTo(now) <= 0; q = q.next()) {
      Prior p = lookup.find(q, path);
      out.add(p == null ? null
          : Fact.reported(path.key() + "." + q.slug(), p.amount().value(), unit, p.amount().loc()));
    }
    return out;
  }
}

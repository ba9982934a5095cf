package io.briefs.sec;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A drafted figure: in currency units for amounts, per share for per-share figures, with the
 * filing it comes from and, when it is not a fact of its own, how it was derived.
 *
 * @param derivation null for a value a filing gives for the quarter itself
 */
record Figure(BigDecimal value, Filing filing, @Nullable Derivation derivation) {

  /**
   * A quarter computed as a longer period less the quarters before it: the fiscal year less nine
   * months is a fourth quarter; six months less the first quarter, a second quarter.
   */
  record Derivation(String total, BigDecimal totalValue, String earlier, BigDecimal earlierValue) {}

  boolean sameValue(Figure other) {
    return value.compareTo(other.value) == 0;
  }
}

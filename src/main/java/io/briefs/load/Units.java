package io.briefs.load;

import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.util.Locale;

/** The {@code units} of a quarter file: what its money amounts are counted in. */
enum Units {
  UNITS(0),
  THOUSANDS(3),
  MILLIONS(6),
  BILLIONS(9);

  private final int exponent;

  Units(int exponent) {
    this.exponent = exponent;
  }

  /** The key used in datasets. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A written value in plain currency units. Money is scaled exactly (the written precision stays
   * in the scale); per-share amounts, counts and percentages are never scaled.
   */
  BigDecimal scale(BigDecimal written, ValueKind kind) {
    return kind == ValueKind.MONEY ? written.scaleByPowerOfTen(exponent) : written;
  }
}

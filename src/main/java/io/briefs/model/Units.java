package io.briefs.model;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The {@code units} of a quarter file: what its money amounts are counted in. The loader reads
 * amounts with it and {@code briefs import sec} writes them.
 */
public enum Units {
  UNITS(0),
  THOUSANDS(3),
  MILLIONS(6),
  BILLIONS(9);

  private final int exponent;

  Units(int exponent) {
    this.exponent = exponent;
  }

  /** The word in a quarter file. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The units a quarter file's {@code units} names, or null. */
  public static @Nullable Units of(String key) {
    for (Units u : values()) {
      if (u.key().equals(key)) {
        return u;
      }
    }
    return null;
  }

  /**
   * A written value in plain currency units. Money is scaled exactly (the written precision stays
   * in the scale); per-share amounts, counts and percentages are never scaled.
   */
  public BigDecimal scale(BigDecimal written, ValueKind kind) {
    return kind == ValueKind.MONEY ? written.scaleByPowerOfTen(exponent) : written;
  }

  /** An amount in currency units as written in these units, exactly: 22244000000 is 22244 millions. */
  public String written(BigDecimal amount) {
    BigDecimal v = amount.movePointLeft(exponent).stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  /** A written amount in currency units. */
  public BigDecimal amount(BigDecimal written) {
    return written.movePointRight(exponent);
  }
}

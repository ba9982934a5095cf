package io.briefs.sec;

import java.math.BigDecimal;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The {@code units} of a quarter file: what its money amounts are counted in. */
enum Scale {
  UNITS(0),
  THOUSANDS(3),
  MILLIONS(6),
  BILLIONS(9);

  private final int exponent;

  Scale(int exponent) {
    this.exponent = exponent;
  }

  /** The word in a quarter file. */
  String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The scale a quarter file's {@code units} names, or null. */
  static @Nullable Scale of(String key) {
    for (Scale s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }

  /** An amount in currency units as written in this scale, exactly: 22244000000 is 22244 millions. */
  String written(BigDecimal amount) {
    BigDecimal v = amount.movePointLeft(exponent).stripTrailingZeros();
    return (v.scale() < 0 ? v.setScale(0) : v).toPlainString();
  }

  /** A written amount in currency units. */
  BigDecimal amount(BigDecimal written) {
    return written.movePointRight(exponent);
  }
}

package io.briefs.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A reported figure: its exact value (money in plain currency units, so {@code 10317} written in
 * millions is 1.0317E+10 with the written precision kept in the scale), the year-over-year change
 * the company itself stated (or null), and where it was written.
 */
public record Amount(BigDecimal value, @Nullable BigDecimal statedChangePct, SourceLoc loc) {

  /** A figure without a stated change. */
  public static Amount of(BigDecimal value, SourceLoc loc) {
    return new Amount(value, null, loc);
  }

  /** Whether the company stated its own year-over-year change for this figure. */
  public boolean hasStatedChange() {
    return statedChangePct != null;
  }
}

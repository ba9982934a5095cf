package io.briefs.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A reported figure: its exact value (money in plain currency units, so {@code 10317} written in
 * millions is 1.0317E+10 with the written precision kept in the scale), what the company itself
 * stated about its change from a year earlier (each null when not stated), whether the company
 * gave it as an approximation ("about $3.2 billion"), where it was written, and the company's own
 * claim that it is a record (or null).
 *
 * @param statedChangePct the year-over-year change in percent ({@code change_pct})
 * @param statedChangeCcPct the year-over-year change at constant currency ({@code change_pct_cc})
 * @param statedChangeBps the year-over-year change of a percentage in basis points ({@code
 *     change_bps})
 * @param approximate whether the figure was given as an approximation ({@code approximate: true})
 * @param record the company's claim that the figure is a record ({@code record}), or null
 */
public record Amount(
    BigDecimal value,
    @Nullable BigDecimal statedChangePct,
    SourceLoc loc,
    @Nullable BigDecimal statedChangeCcPct,
    @Nullable BigDecimal statedChangeBps,
    boolean approximate,
    @Nullable RecordClaim record) {

  /** A figure with at most a stated change in percent (the format v1 forms). */
  public Amount(BigDecimal value, @Nullable BigDecimal statedChangePct, SourceLoc loc) {
    this(value, statedChangePct, loc, null, null, false, null);
  }

  /** A figure without a stated change. */
  public static Amount of(BigDecimal value, SourceLoc loc) {
    return new Amount(value, null, loc);
  }

  /** Whether the company stated its own year-over-year change in percent for this figure. */
  public boolean hasStatedChange() {
    return statedChangePct != null;
  }
}

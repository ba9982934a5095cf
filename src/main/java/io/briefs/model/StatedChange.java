package io.briefs.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A change the company states for a figure whose value it does not give ("Server revenue up
 * 4.3%"): at least one of the three is set.
 *
 * @param pct the year-over-year change in percent ({@code change_pct})
 * @param ccPct the year-over-year change at constant currency ({@code change_pct_cc})
 * @param bps the year-over-year change of a percentage in basis points ({@code change_bps})
 */
public record StatedChange(
    @Nullable BigDecimal pct, @Nullable BigDecimal ccPct, @Nullable BigDecimal bps, SourceLoc loc) {}

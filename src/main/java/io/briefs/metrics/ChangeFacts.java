package io.briefs.metrics;

import io.briefs.model.FigurePath;
import org.jspecify.annotations.Nullable;

/**
 * What a company stated about a figure's change from a year earlier beyond the change in percent
 * a {@link Measure} carries: its change at constant currency, its change in basis points (for a
 * percentage), or, for a figure given without its value, the change alone.
 *
 * @param pct the stated change in percent of a figure given without its value; null otherwise
 *     (the figure's {@link Measure} has it)
 * @param ccPct the stated change at constant currency, in percent
 * @param bps the stated change of a percentage, in basis points
 * @param alone whether the figure's value was not given
 */
public record ChangeFacts(FigurePath path, @Nullable Fact pct, @Nullable Fact ccPct, @Nullable Fact bps,
    boolean alone) {}

package io.briefs.metrics;

import io.briefs.model.Range;

/**
 * A guided range as facts, so every number read out of it is traceable. Missing parts are null.
 *
 * @param plusMinus the written tolerance (an amount, or a percentage for {@code plus_minus_pct})
 */
public record RangeFacts(Range range, Fact low, Fact high, Fact mid, Fact plusMinus) {}

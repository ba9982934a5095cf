package io.briefs.metrics;

/**
 * A change of a figure against an earlier period.
 *
 * @param pct the change in percent
 * @param prior the earlier figure, or null when only the company's stated change is known
 * @param stated whether the percentage is the company's own (printed as stated)
 * @param restatement set when the earlier figure was restated in this release
 */
public record Change(Fact pct, Fact prior, boolean stated, Restatement restatement) {}

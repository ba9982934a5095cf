package io.briefs.metrics;

import io.briefs.model.Metric;

/**
 * An actual result against the consensus estimate.
 *
 * @param surprisePct {@code (actual - estimate) / |estimate| * 100}
 */
public record Surprise(Metric metric, Fact actual, Fact estimate, Fact surprisePct) {}

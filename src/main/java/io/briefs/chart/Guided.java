package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidanceOutcome.Position;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Range;

/**
 * What the release a quarter earlier guided for one quarter, and what came in.
 *
 * @param low the low end, or the point for a point guidance; null for "at most"
 * @param high the high end, or the point; null for "at least"
 * @param actual null when the quarter's figure is not known on a comparable basis
 * @param excess how far the actual is outside the range (null without an actual)
 */
record Guided(Range range, FiscalQuarter guidedIn, Fact low, Fact high, Fact actual, Fact excess,
    Position position) {}

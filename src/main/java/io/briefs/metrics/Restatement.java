package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;

/**
 * A prior-period figure that a release (the brief's own, or an earlier one) states differently
 * from the period's own file: reported as a revision, never as performance.
 *
 * @param revisedIn the release whose comparatives give the revised figure
 */
public record Restatement(FiscalQuarter period, FigurePath path, Amount asFirstReported, Amount restated,
    FiscalQuarter revisedIn) {}

package io.briefs.metrics;

import io.briefs.model.Amount;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;

/**
 * A prior-period figure that this release states differently from the earlier quarter's own
 * file: reported as a restatement, never as performance.
 */
public record Restatement(FiscalQuarter period, FigurePath path, Amount asFirstReported, Amount restated) {}

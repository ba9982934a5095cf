package io.briefs.metrics;

import io.briefs.model.FigurePath;

/**
 * Consecutive quarters of year-over-year growth (or decline) ending with the brief's quarter.
 *
 * @param length how many quarters in a row, this one included
 * @param bounded whether the quarter before the streak is known to have broken it; when false
 *     the streak may be longer than the data shows
 */
public record Streak(FigurePath path, Fact latest, boolean growth, int length, boolean bounded) {}

package io.briefs.metrics;

import io.briefs.model.FigurePath;
import org.jspecify.annotations.Nullable;

/**
 * A margin a brief shows: the company's stated margin when it gives one, otherwise worked out
 * from its money figures, with its change from a year earlier in basis points (as stated, or
 * worked out).
 *
 * @param path the stated margin's path ({@code results.gross_margin_pct})
 * @param prior the margin a year earlier, or null when unknown
 * @param changeBps the change from a year earlier, or null when unknown
 */
public record MarginFigure(FigurePath path, Fact value, @Nullable Fact prior, @Nullable Fact changeBps) {}

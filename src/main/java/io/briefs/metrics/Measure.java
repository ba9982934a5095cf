package io.briefs.metrics;

import io.briefs.model.FigurePath;

/**
 * A reported figure of the brief's quarter with its changes.
 *
 * @param yoy change against the same quarter a year earlier, or null
 * @param qoq change against the previous quarter, or null
 */
public record Measure(FigurePath path, Fact value, Change yoy, Change qoq) {}

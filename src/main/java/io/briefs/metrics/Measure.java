package io.briefs.metrics;

import io.briefs.model.FigurePath;
import org.jspecify.annotations.Nullable;

/**
 * A reported figure of the brief's quarter with its changes.
 *
 * @param yoy change against the same quarter a year earlier, or null
 * @param qoq change against the previous quarter, or null
 * @param yearAgo the figure a year earlier whenever it is known, also where no percentage change
 *     has a meaning (a swing between profit and loss, a loss that narrowed): such a change is told
 *     in words, never as a percentage
 */
public record Measure(FigurePath path, Fact value, @Nullable Change yoy, @Nullable Change qoq,
    @Nullable Fact yearAgo) {

  /** Whether the figure crossed zero against a year earlier (a profit became a loss, or back). */
  public boolean swung() {
    return yearAgo != null && value.value().signum() * yearAgo.value().signum() < 0;
  }

  /** Whether the figure and its year-earlier value are both losses (or both below zero). */
  public boolean bothNegative() {
    return yearAgo != null && value.value().signum() < 0 && yearAgo.value().signum() < 0;
  }
}

package io.briefs.metrics;

import io.briefs.metrics.GuidanceOutcome.Position;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.Range;
import io.briefs.model.RangeForm;
import java.math.BigDecimal;

/** Compares guided ranges with each other and with actual results. */
public final class GuidanceStatuses {
  private GuidanceStatuses() {}

  /**
   * The status of {@code current} against {@code previous} guidance for the same period: a
   * higher or lower central value is a raise or a cut; the same centre with a tighter range is
   * narrowed, a looser one widened; otherwise it was reaffirmed.
   */
  public static GuidanceStatus compare(Range current, Range previous) {
    int byCentre = centre(current).compareTo(centre(previous));
    if (byCentre > 0) {
      return GuidanceStatus.RAISED;
    }
    if (byCentre < 0) {
      return GuidanceStatus.LOWERED;
    }
    if (current.isBounded() && previous.isBounded()) {
      int byWidth = width(current).compareTo(width(previous));
      if (byWidth < 0) {
        return GuidanceStatus.NARROWED;
      }
      if (byWidth > 0) {
        return GuidanceStatus.WIDENED;
      }
    }
    return GuidanceStatus.REAFFIRMED;
  }

  /** The value a range is centred on: its midpoint, or its only bound. */
  public static BigDecimal centre(Range r) {
    if (r.mid() != null) {
      return r.mid();
    }
    return r.low() != null ? r.low() : r.high();
  }

  private static BigDecimal width(Range r) {
    return r.high().subtract(r.low());
  }

  /** Where an actual figure landed against a guided range (a point guidance is its own range). */
  public static Position position(BigDecimal actual, Range guided) {
    boolean point = guided.form() == RangeForm.MID;
    BigDecimal low = point ? guided.mid() : guided.low();
    BigDecimal high = point ? guided.mid() : guided.high();
    if (low != null && actual.compareTo(low) < 0) {
      return Position.BELOW;
    }
    if (high != null && actual.compareTo(high) > 0) {
      return Position.ABOVE;
    }
    return Position.WITHIN;
  }
}

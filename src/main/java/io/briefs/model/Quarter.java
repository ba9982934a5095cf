package io.briefs.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One company's dataset for one fiscal quarter.
 *
 * @param comparatives prior-period figures as stated in this release (possibly restated)
 * @param guidance the outlook given with this release
 * @param file the path of the quarter file as the user gave it
 * @param periodEndAt where {@code period_end} was written
 * @param reportedAt where {@code reported} was written
 * @param oneOffs the quarter's one-off items ({@code one_offs})
 */
public record Quarter(
    String companyId,
    FiscalQuarter period,
    LocalDate periodEnd,
    LocalDate reported,
    Figures figures,
    Map<FiscalQuarter, Figures> comparatives,
    List<Guidance> guidance,
    Coverage coverage,
    String file,
    SourceLoc periodEndAt,
    SourceLoc reportedAt,
    List<OneOff> oneOffs) {

  /** Copies the collections. */
  public Quarter {
    comparatives = Maps.ordered(comparatives);
    guidance = List.copyOf(guidance);
    oneOffs = List.copyOf(oneOffs);
  }

  /** The comparatives this release gives for a period, or null. */
  public @Nullable Figures comparative(FiscalQuarter period) {
    return comparatives.get(period);
  }
}

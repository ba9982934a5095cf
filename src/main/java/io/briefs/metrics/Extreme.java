package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.RecordClaim;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A figure that stands out against its own history, with the basis on which a brief may say so.
 *
 * @param kind highest or lowest
 * @param basis what the claim rests on: the company's word, data declared complete, or only the
 *     quarters the data holds
 * @param since the latest earlier quarter that was higher (lower); null when none in the data was
 * @param first the first quarter of the unbroken run of data compared with
 * @param quarters how many consecutive quarters, this one included, the comparison covers
 * @param threshold a round level crossed for the first time in those quarters ("above $10
 *     billion"), or null
 * @param claim the company's own claim, when the basis is {@link Basis#COMPANY}
 */
public record Extreme(FigurePath path, Fact value, Side kind, Basis basis, @Nullable FiscalQuarter since,
    FiscalQuarter first, int quarters, @Nullable BigDecimal threshold, @Nullable RecordClaim claim) {

  /** Which end of the history the figure reached. */
  public enum Side {
    HIGHEST,
    LOWEST
  }

  /** What a claim about the figure's history rests on. */
  public enum Basis {
    /** The company called it a record ({@code record:} on the figure). */
    COMPANY,
    /** Above every quarter since {@code complete_from}: the data is known to hold them all. */
    COMPLETE,
    /** Above (below) every quarter since {@link #since}, a quarter that was higher (lower). */
    SINCE,
    /** Above (below) every quarter the data holds, which may not be all there were. */
    DATA
  }

  /** Whether the brief may call the figure "a record". */
  public boolean isRecord() {
    return kind == Side.HIGHEST && (basis == Basis.COMPANY || basis == Basis.COMPLETE);
  }
}

package io.briefs.build;

import io.briefs.model.FiscalQuarter;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Which briefs a build makes and how: parallelism, whether unchanged outputs are reused, and
 * a selection (company, period, release date, shard). Briefs outside the selection keep what
 * the output folder already has for them.
 *
 * @param jobs how many briefs are rendered at once
 * @param force whether every selected brief is rendered even when its inputs did not change
 * @param company only this company's briefs, or null
 * @param period only briefs of this quarter, or null
 * @param since only briefs released on or after this date, or null
 * @param shard this build's share of the briefs, or null for all
 */
public record Scope(int jobs, boolean force, @Nullable String company, @Nullable FiscalQuarter period,
    @Nullable LocalDate since, @Nullable Shard shard) {

  /** Every brief, on every core, reusing unchanged outputs. */
  public static Scope all() {
    return all(Runtime.getRuntime().availableProcessors());
  }

  /** Every brief, on {@code jobs} workers. */
  public static Scope all(int jobs) {
    return new Scope(jobs, false, null, null, null, null);
  }

  /** Whether a brief is in the selection. */
  public boolean selects(String companyId, FiscalQuarter quarter, LocalDate reported) {
    return (company == null || company.equals(companyId))
        && (period == null || period.equals(quarter))
        && (since == null || !reported.isBefore(since))
        && (shard == null || shard.holds(companyId + "/" + quarter.slug()));
  }

  /** Whether some briefs may be left out (their outputs are then carried from the output folder). */
  public boolean isPartial() {
    return company != null || period != null || since != null || shard != null;
  }
}

package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.SourceLoc;

/**
 * How many items of each kind a file may hold. The 1 MiB file limit alone let a company declare
 * 10,000 segments, whose brief then took more than ten minutes and 6 GiB to build: these limits
 * bound the work of a build, not just the size of its input, and each is far above what a
 * company reports. A list over its limit is reported (naming the limit) and not read.
 * docs/data-format.md lists them.
 */
enum Limits {
  SEGMENTS("segments", "a company", 100),
  LINES_PER_SEGMENT("lines", "a segment", 50),
  LINES("lines", "a company (in all its segments)", 200),
  KPIS("KPIs", "a company", 100),
  GUIDANCE("guidance entries", "a quarter file", 20),
  COMPARATIVES("comparative periods", "a quarter file", 20),
  ANALYSTS("analyst actions", "a quarter file", 100),
  HOLDERS("holders", "a quarter file", 200),
  QUOTES("quotes", "a quarter file", 50),
  RISKS("risks", "a quarter file", 50),
  SOURCES("sources", "a quarter file", 50);

  /** Unknown keys reported one by one in one mapping; the rest are counted. */
  static final int UNKNOWN_KEYS = 20;

  private final String items;
  private final String per;
  private final int max;

  Limits(String items, String per, int max) {
    this.items = items;
    this.per = per;
    this.max = max;
  }

  /** Whether {@code count} items are within the limit; reports at {@code at} when not. */
  boolean allows(int count, SourceLoc at, Diagnostics diagnostics) {
    if (count <= max) {
      return true;
    }
    diagnostics.error(at, count + " " + items + "; the limit is " + max + " " + items + " for " + per
        + " (limits keep the work of a build bounded), so none of them were read");
    return false;
  }
}

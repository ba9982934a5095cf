package io.briefs.metrics;

import io.briefs.model.GuidanceStatus;
import io.briefs.model.PeriodRef;
import io.briefs.model.SourceLoc;

/**
 * An outlook the release only characterises ("raised its FY2026 outlook") without giving figures:
 * a guidance entry with a status and nothing else. The brief states it rather than drop it.
 */
public record OutlookNote(PeriodRef period, GuidanceStatus status, SourceLoc loc) {}

package io.briefs.model;

import java.math.BigDecimal;

/** The share price around the release; each field may be null. */
public record Market(
    BigDecimal previousClose,
    BigDecimal afterHoursChangePct,
    BigDecimal nextClose,
    SourceLoc loc) {}

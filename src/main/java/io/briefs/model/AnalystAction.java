package io.briefs.model;

import java.math.BigDecimal;

/**
 * A broker's action after the release.
 *
 * @param rating may be null
 * @param targetFrom may be null
 * @param targetTo may be null
 */
public record AnalystAction(
    String firm,
    AnalystActionKind action,
    String rating,
    BigDecimal targetFrom,
    BigDecimal targetTo,
    SourceLoc loc) {}

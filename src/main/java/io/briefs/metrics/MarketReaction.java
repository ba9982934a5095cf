package io.briefs.metrics;

/**
 * The share price around the release; each part may be null.
 *
 * @param nextDayChangePct change from the previous close to the next session's close, in percent
 */
public record MarketReaction(
    Fact previousClose, Fact afterHoursChangePct, Fact nextClose, Fact nextDayChangePct) {}

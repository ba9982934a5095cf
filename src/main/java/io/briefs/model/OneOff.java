package io.briefs.model;

import org.jspecify.annotations.Nullable;

/**
 * A one-off item of the quarter (a goodwill impairment, a gain on a sale), shown in the brief.
 *
 * @param amount its size, above zero (a charge or a gain is said by the label)
 * @param segment the id of the segment it belongs to (the current id), or null
 * @param source where it is disclosed ("Form 10-Q, note 7"), or null
 */
public record OneOff(String label, Amount amount, @Nullable String segment, @Nullable String source, SourceLoc loc) {}

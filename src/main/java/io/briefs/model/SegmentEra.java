package io.briefs.model;

/**
 * A past form of a segment, from {@code history} in {@code company.yaml}: the id and names it had
 * up to and including {@code until}, resolved (a part the entry leaves out is the one of the era
 * after it).
 *
 * @param until the last quarter of this form
 * @param recast whether the company recast the segment's earlier figures when it changed after
 *     {@code until} (a change of scope, not only of name): figures of this era's own files are then
 *     not compared with later quarters
 */
public record SegmentEra(FiscalQuarter until, String id, String name, String shortName, boolean recast,
    SourceLoc loc) {}

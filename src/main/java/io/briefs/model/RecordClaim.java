package io.briefs.model;

/**
 * The company's own word that a figure is a record, with where it said so. A record is never
 * inferred from a few quarters of data: only the company, or data declared complete
 * ({@code complete_from} in {@code company.yaml}), can say "record".
 *
 * @param ofQuarter whether it is a record for that fiscal quarter of the year ("a record first
 *     quarter") rather than an all-time record
 * @param source where the company said so (a release, a call), as written
 */
public record RecordClaim(boolean ofQuarter, String source, SourceLoc loc) {}

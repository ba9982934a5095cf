package io.briefs.model;

/**
 * The first quarter from which a company's data folder holds every quarter it reported
 * ({@code complete_from} in {@code company.yaml}), and where that is written.
 */
public record CompleteFrom(FiscalQuarter period, SourceLoc loc) {}

package io.briefs.model;

/** A company-specific operating metric declared in {@code company.yaml}. */
public record Kpi(String id, String name, KpiKind kind, ValueKind unit) {}

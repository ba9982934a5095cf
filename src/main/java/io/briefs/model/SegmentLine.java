package io.briefs.model;

/** A revenue line inside a segment (servers and networking, storage...). */
public record SegmentLine(String id, String name) {}

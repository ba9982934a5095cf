package io.briefs.model;

/** An attribution shown at the foot of a brief. */
public record SourceLink(String title, String url, SourceLoc loc) {}

package io.briefs.model;

/** An institutional holder's disclosed change of position since the last quarter. */
public record HolderChange(String holder, long changeShares, boolean exited, SourceLoc loc) {}

package io.briefs.model;

import org.jspecify.annotations.Nullable;

/**
 * An attribution shown at the foot of a brief.
 *
 * @param url its address, or null for a source without one (a printed article, a call)
 */
public record SourceLink(String title, @Nullable String url, SourceLoc loc) {}

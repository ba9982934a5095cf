package io.briefs.pipeline;

/**
 * A brief's web page rendered ahead of a build (by {@code briefs serve}, the moment its quarter
 * file is saved): the same HTML the build then writes.
 *
 * @param sitePath where the build writes it: {@code dell/fy2026-q1/index.html}
 * @param label how the brief is named in messages: {@code dell FY2026-Q1}
 */
public record PagePreview(String sitePath, String label, String html) {}

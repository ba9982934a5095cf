/**
 * Incremental building: what a build may reuse from the last one and how it runs its work.
 * Fingerprints of every input, the build state kept in the output folder ({@code
 * .briefs-build.json}), the plan of which briefs to render and which to carry ({@link
 * io.briefs.build.BuildPlan}), the new site's list of briefs ({@link io.briefs.build.Publication}),
 * scope and shards, the worker threads, progress and timings. Nothing here renders or knows the
 * order of the stages.
 *
 * <p>May use: {@code diag}, {@code model}, {@code render}, {@code site}.
 * Used by: {@code cli}, {@code pipeline}, {@code serve}.
 */
package io.briefs.build;

/**
 * Rules across values and files, run after loading: dates in order, totals that add up, stated
 * changes that agree with the data, guidance ranges and periods, restatement notes.
 *
 * <p>May use: {@code diag}, {@code metrics}, {@code model}, {@code site} (the names the site reserves).
 * Used by: {@code pipeline}.
 */
package io.briefs.validate;

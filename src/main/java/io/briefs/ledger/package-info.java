/**
 * The fact ledger and the consistency gate: every number a brief shows, tied to the fact it comes
 * from (written as {@code data.json} and {@code figures.csv}), and the last check before
 * publishing: direction words agree with their facts, displayed numbers with their values, chart
 * tables with their series.
 *
 * <p>May use: {@code chart}, {@code diag}, {@code metrics}, {@code model}, {@code narrative}, {@code render}.
 * Used by: {@code pipeline}.
 */
package io.briefs.ledger;

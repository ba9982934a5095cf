/**
 * Derived figures: pure functions from a quarter (and its company's history) to facts with their
 * formula and inputs: growth, margins, shares, guidance outcomes and statuses, surprises against
 * consensus, market reaction, records and streaks, restatements.
 *
 * <p>May use: {@code model}.
 * Used by: {@code chart}, {@code ledger}, {@code narrative}, {@code pipeline}, {@code render}, {@code validate}.
 */
package io.briefs.metrics;

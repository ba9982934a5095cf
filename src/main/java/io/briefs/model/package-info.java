/**
 * The datasets as immutable records: companies, quarters, figures with BigDecimal amounts and the
 * place each was written ({@link io.briefs.model.SourceLoc}), fiscal periods.
 *
 * <p>May use: nothing.
 * Used by: every other package.
 */
package io.briefs.model;

/**
 * The words of a brief: headline, lede, sections and the key-figures table, every number and
 * direction word kept tied to its fact ({@link io.briefs.narrative.Prose}); number formats, the
 * wording rules ({@link io.briefs.narrative.Style}), the one rule of flatness ({@link
 * io.briefs.narrative.FlatRule}) and the check of editorial commentary.
 *
 * <p>May use: {@code diag}, {@code metrics}, {@code model}.
 * Used by: {@code chart}, {@code ledger}, {@code listing}, {@code load}, {@code pipeline}, {@code render}.
 */
package io.briefs.narrative;

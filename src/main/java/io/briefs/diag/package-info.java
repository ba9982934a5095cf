/**
 * Diagnostics: a problem with its file, line, column and severity, collected by every stage and
 * reported all at once; {@link io.briefs.diag.BriefsException} carries them out of a failed stage.
 *
 * <p>May use: {@code model}.
 * Used by: every other package.
 */
package io.briefs.diag;

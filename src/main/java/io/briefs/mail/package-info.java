/**
 * Mail messages of the briefs: a multipart message with plain text, HTML with inlined styles, chart
 * images and the PDF, reproducible byte for byte, and sending them over SMTP.
 *
 * <p>May use: {@code chart}, {@code config}, {@code diag}, {@code pipeline}, {@code render}, {@code site}.
 * Used by: {@code cli}.
 */
package io.briefs.mail;

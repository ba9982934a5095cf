/**
 * Pages and PDFs: the view records the FreeMarker templates read, the templates themselves
 * (auto-escaped, strict), openhtmltopdf's PDF/A-3a and PDF/UA-1 output with bundled fonts, the
 * social card and the PNG writer.
 *
 * <p>May use: {@code chart}, {@code diag}, {@code metrics}, {@code model}, {@code narrative}, {@code site}.
 * Used by: {@code build}, {@code cli}, {@code config}, {@code ledger}, {@code listing}, {@code load}, {@code mail}, {@code pipeline}.
 */
package io.briefs.render;

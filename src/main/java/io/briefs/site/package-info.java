/**
 * The output folder: paths of every page and download, the base URL, Atom and sitemap XML, and
 * {@link io.briefs.site.SiteWriter}, the one writer that touches the output folder (staging,
 * hard-linked carrying, an all-or-nothing swap, a lock).
 *
 * <p>May use: {@code diag}, {@code model}.
 * Used by: {@code build}, {@code cli}, {@code config}, {@code listing}, {@code load}, {@code mail}, {@code pipeline}, {@code render}, {@code serve}.
 */
package io.briefs.site;

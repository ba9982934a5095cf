/**
 * The pages around the briefs, written after every brief: the home page, company pages, methodology
 * and 404 pages, the Atom feeds and the sitemap, and the assets copied from the templates folder.
 *
 * <p>May use: {@code chart}, {@code diag}, {@code model}, {@code narrative}, {@code render}, {@code site}.
 * Used by: {@code pipeline}.
 */
package io.briefs.listing;

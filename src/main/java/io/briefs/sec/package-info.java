/**
 * {@code briefs import sec}: drafts quarter files from an SEC XBRL company-facts document. Reads
 * the document as a stream ({@link io.briefs.sec.CompanyFactsReader}), places each fact in the
 * company's fiscal calendar by its dates, derives quarters from years to date and fiscal years
 * ({@link io.briefs.sec.Timeline}), turns later filings' revisions into comparatives
 * ({@link io.briefs.sec.QuarterDrafts}), and writes new files or adds missing keys to existing ones
 * without touching a person's text ({@link io.briefs.sec.FileMerge}). {@link
 * io.briefs.sec.SecFetcher} is the only code of briefs that uses the network.
 *
 * <p>May use: {@code diag}, {@code model}.
 * Used by: {@code cli}.
 */
package io.briefs.sec;

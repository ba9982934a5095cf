package io.briefs.sec;

import java.util.List;

/**
 * What an import uses of a company-facts document: who the company is, the facts of the concepts
 * an import drafts, and every filing the document names.
 *
 * @param source how messages name the document (a file or an address)
 */
record CompanyFacts(String source, long cik, String entityName, List<XbrlFact> facts, List<Filing> filings) {}

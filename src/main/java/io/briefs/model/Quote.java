package io.briefs.model;

/**
 * A quotation from the release or the call.
 *
 * @param title may be null
 */
public record Quote(String speaker, String title, String text, SourceLoc loc) {}

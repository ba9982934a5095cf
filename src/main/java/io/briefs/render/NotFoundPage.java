package io.briefs.render;

/** The page servers show for a missing address; its links are absolute from the site root. */
public record NotFoundPage(String lang, String title, String description, String root, PageMeta meta,
    Nav nav) {}

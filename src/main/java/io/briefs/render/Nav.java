package io.briefs.render;

import org.jspecify.annotations.Nullable;

/**
 * The site's header and footer links as seen from one page: every address is relative to the
 * page, so the site works from any folder, host or {@code file://}.
 *
 * @param root the path from the page to the site root ({@code "../../"}), or an absolute root
 *     for pages served at any depth (the 404 page)
 * @param logo the address of the site's logo, or null when it has none
 * @param accent the site's accent colour ({@code #0b5cad}), or null for the stylesheet's own
 */
public record Nav(String siteName, String root, String home, String methodology, String feed, String icon,
    String stylesheet, @Nullable String logo, @Nullable String accent) {}

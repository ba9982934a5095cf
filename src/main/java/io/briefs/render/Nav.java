package io.briefs.render;

/**
 * The site's header and footer links as seen from one page: every address is relative to the
 * page, so the site works from any folder, host or {@code file://}.
 *
 * @param root the path from the page to the site root ({@code "../../"}), or an absolute root
 *     for pages served at any depth (the 404 page)
 */
public record Nav(String siteName, String root, String home, String methodology, String feed, String icon,
    String stylesheet) {}

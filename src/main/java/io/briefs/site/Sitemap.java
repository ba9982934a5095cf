package io.briefs.site;

import java.time.LocalDate;
import java.util.List;

/**
 * A sitemap (sitemaps.org protocol 0.9): the absolute address of every page and the date it last
 * changed, written with the JDK's XML stream writer.
 */
public record Sitemap(List<Url> urls) {
  private static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  /** The protocol's limit of addresses per file. */
  public static final int MAX_URLS = 50_000;

  /** Copies the list and checks the protocol's limit. */
  public Sitemap {
    urls = List.copyOf(urls);
    if (urls.size() > MAX_URLS) {
      throw new IllegalArgumentException("a sitemap holds at most " + MAX_URLS + " addresses");
    }
  }

  /** A page: its absolute address and the day it last changed (may be null). */
  public record Url(String loc, LocalDate lastmod) {}

  /** The sitemap document, UTF-8. */
  public byte[] write() {
    return XmlDocument.write(NS, "urlset", w -> {
      for (Url u : urls) {
        XmlDocument.indent(w, 1);
        w.writeStartElement(NS, "url");
        XmlDocument.element(w, NS, 2, "loc", u.loc());
        if (u.lastmod() != null) {
          XmlDocument.element(w, NS, 2, "lastmod", u.lastmod().toString());
        }
        XmlDocument.indent(w, 1);
        w.writeEndElement();
      }
    });
  }
}

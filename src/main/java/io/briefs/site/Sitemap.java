package io.briefs.site;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

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
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(NS);
      w.writeStartElement(NS, "urlset");
      w.writeDefaultNamespace(NS);
      for (Url u : urls) {
        w.writeCharacters("\n  ");
        w.writeStartElement(NS, "url");
        element(w, "loc", u.loc());
        if (u.lastmod() != null) {
          element(w, "lastmod", u.lastmod().toString());
        }
        w.writeCharacters("\n  ");
        w.writeEndElement();
      }
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing a sitemap in memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  private static void element(XMLStreamWriter w, String name, String value) throws XMLStreamException {
    w.writeCharacters("\n    ");
    w.writeStartElement(NS, name);
    w.writeCharacters(value);
    w.writeEndElement();
  }
}

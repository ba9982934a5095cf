package io.briefs.site;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An Atom feed (RFC 4287), written with the JDK's XML stream writer so every text is escaped by
 * an XML library, never pasted into markup. Addresses may be relative: readers resolve them
 * against the feed's own address.
 *
 * @param id a permanent, absolute IRI naming the feed
 * @param self the feed's own address
 * @param alternate the page the feed follows
 * @param author the feed's author (its entries inherit it)
 */
public record AtomFeed(String id, String title, String subtitle, String self, String alternate,
    Instant updated, String author, List<Entry> entries) {
  private static final String NS = "http://www.w3.org/2005/Atom";

  /** Copies the list. */
  public AtomFeed {
    entries = List.copyOf(entries);
  }

  /**
   * One entry: a brief.
   *
   * @param pdf the address of the brief's PDF, another representation of the same entry
   * @param category a term (the company id) and its label (the company name)
   */
  public record Entry(String id, String title, String summary, String alternate, String pdf,
      Instant published, Instant updated, String category, String categoryLabel) {}

  /** The feed document, UTF-8. */
  public byte[] write() {
    return XmlDocument.write(NS, "feed", w -> {
      text(w, 1, "id", id);
      text(w, 1, "title", title);
      text(w, 1, "subtitle", subtitle);
      text(w, 1, "updated", time(updated));
      link(w, 1, "self", "application/atom+xml", self);
      link(w, 1, "alternate", "text/html", alternate);
      indent(w, 1);
      w.writeStartElement(NS, "author");
      text(w, 2, "name", author);
      indent(w, 1);
      w.writeEndElement();
      text(w, 1, "generator", "briefs");
      for (Entry e : entries) {
        entry(w, e);
      }
    });
  }

  private static void entry(XMLStreamWriter w, Entry e) throws XMLStreamException {
    indent(w, 1);
    w.writeStartElement(NS, "entry");
    text(w, 2, "id", e.id());
    text(w, 2, "title", e.title());
    text(w, 2, "published", time(e.published()));
    text(w, 2, "updated", time(e.updated()));
    link(w, 2, "alternate", "text/html", e.alternate());
    link(w, 2, "alternate", "application/pdf", e.pdf());
    indent(w, 2);
    w.writeEmptyElement(NS, "category");
    w.writeAttribute("term", XmlDocument.text(e.category()));
    w.writeAttribute("label", XmlDocument.text(e.categoryLabel()));
    indent(w, 2);
    w.writeStartElement(NS, "summary");
    w.writeAttribute("type", "text");
    w.writeCharacters(XmlDocument.text(e.summary()));
    w.writeEndElement();
    indent(w, 1);
    w.writeEndElement();
  }

  private static void text(XMLStreamWriter w, int depth, String name, String value)
      throws XMLStreamException {
    XmlDocument.element(w, NS, depth, name, value);
  }

  private static void link(XMLStreamWriter w, int depth, String rel, String type, String href)
      throws XMLStreamException {
    indent(w, depth);
    w.writeEmptyElement(NS, "link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", href);
  }

  private static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
    XmlDocument.indent(w, depth);
  }

  /** RFC 3339 in UTC: {@code 2025-05-29T00:00:00Z}. */
  static String time(Instant t) {
    return DateTimeFormatter.ISO_INSTANT.format(t);
  }
}

package io.briefs.site;

import java.io.ByteArrayOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes an XML document with the JDK's own stream writer (never a third-party one found on the
 * class path): UTF-8, one root element in a default namespace. Text goes through the writer, which
 * escapes it.
 */
final class XmlDocument {
  private XmlDocument() {}

  /** What goes inside the root element. */
  interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /** The document's bytes. */
  static byte[] write(String namespace, String root, Body body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(bytes, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      w.setDefaultNamespace(namespace);
      w.writeStartElement(namespace, root);
      w.writeDefaultNamespace(namespace);
      body.write(w);
      w.writeCharacters("\n");
      w.writeEndElement();
      w.writeEndDocument();
      w.writeCharacters("\n");
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("writing XML in memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** A line break and {@code depth} levels of indentation. */
  static void indent(XMLStreamWriter w, int depth) throws XMLStreamException {
    w.writeCharacters("\n" + "  ".repeat(depth));
  }

  /** {@code <name>value</name>} on its own line. */
  static void element(XMLStreamWriter w, String namespace, int depth, String name, String value)
      throws XMLStreamException {
    indent(w, depth);
    w.writeStartElement(namespace, name);
    w.writeCharacters(text(value));
    w.writeEndElement();
  }

  /**
   * {@code value} with every character XML 1.0 cannot hold (controls other than tab and line
   * breaks, U+FFFE, U+FFFF, lone surrogates) replaced by U+FFFD. The loader and the build state
   * refuse such text already; this keeps every feed well-formed whatever reaches it, since one
   * bad character would break the site-wide feed for every company.
   */
  static String text(String value) {
    StringBuilder out = null;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      boolean ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xd800) || (c >= 0xe000 && c < 0xfffe)
          || (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)));
      if (Character.isHighSurrogate(c) && ok) {
        if (out != null) {
          out.append(c).append(value.charAt(i + 1));
        }
        i++;
        continue;
      }
      if (!ok && out == null) {
        out = new StringBuilder(value.length()).append(value, 0, i);
      }
      if (out != null) {
        out.append(ok ? c : '\ufffd');
      }
    }
    return out == null ? value : out.toString();
  }
}

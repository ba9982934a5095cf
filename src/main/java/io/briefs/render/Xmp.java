package io.briefs.render;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

/**
 * The XMP metadata packet of a brief, written whole from the document information so the two
 * always agree (PDF/A requires it): title, author, subject, keywords, language, producer, the
 * three dates, the PDF/A-3a and PDF/UA-1 identification and the extension schema PDF/A needs
 * for the PDF/UA property. Written as text: the output is fixed by its inputs, byte for byte.
 */
final class Xmp {
  private Xmp() {}

  /** The document's descriptive metadata, as the document information dictionary holds it. */
  record Fields(String title, String author, String subject, String keywords, String language,
      String producer) {}

  /** The packet for the fields and the date. */
  static String packet(Fields f, Instant date) {
    String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
    StringBuilder x = new StringBuilder(4096);
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append(" <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append("  <rdf:Description rdf:about=\"\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"")
        .append(" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
        .append(" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\"")
        .append(" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\"")
        .append(" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
        .append(" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
        .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
        .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
        .append("   <dc:format>application/pdf</dc:format>\n");
    alt(x, "dc:title", f.title());
    if (f.author() != null) {
      x.append("   <dc:creator><rdf:Seq><rdf:li>").append(esc(f.author()))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    alt(x, "dc:description", f.subject());
    if (f.keywords() != null) {
      bag(x, "dc:subject", Arrays.stream(f.keywords().split(",")).map(String::strip)
          .filter(k -> !k.isEmpty()).toList());
      simple(x, "pdf:Keywords", f.keywords());
    }
    if (f.language() != null) {
      bag(x, "dc:language", List.of(f.language()));
    }
    simple(x, "pdf:Producer", f.producer());
    simple(x, "xmp:CreateDate", iso);
    simple(x, "xmp:ModifyDate", iso);
    simple(x, "xmp:MetadataDate", iso);
    simple(x, "pdfaid:part", "3");
    simple(x, "pdfaid:conformance", "A");
    simple(x, "pdfuaid:part", "1");
    x.append(UA_EXTENSION)
        .append("  </rdf:Description>\n")
        .append(" </rdf:RDF>\n")
        .append("</x:xmpmeta>\n")
        .append("<?xpacket end=\"w\"?>");
    return x.toString();
  }

  /** PDF/A only knows the schemas of its time: the PDF/UA identification must be declared. */
  private static final String UA_EXTENSION = """
         <pdfaExtension:schemas>
          <rdf:Bag>
           <rdf:li rdf:parseType="Resource">
            <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
            <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
            <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
            <pdfaSchema:property>
             <rdf:Seq>
              <rdf:li rdf:parseType="Resource">
               <pdfaProperty:name>part</pdfaProperty:name>
               <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
               <pdfaProperty:category>internal</pdfaProperty:category>
               <pdfaProperty:description>Part of ISO 14289 the document conforms to</pdfaProperty:description>
              </rdf:li>
             </rdf:Seq>
            </pdfaSchema:property>
           </rdf:li>
          </rdf:Bag>
         </pdfaExtension:schemas>
      """;

  private static void simple(StringBuilder x, String name, String value) {
    if (value != null) {
      x.append("   <").append(name).append('>').append(esc(value)).append("</").append(name).append(">\n");
    }
  }

  private static void alt(StringBuilder x, String name, String value) {
    if (value != null) {
      x.append("   <").append(name).append("><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(value))
          .append("</rdf:li></rdf:Alt></").append(name).append(">\n");
    }
  }

  private static void bag(StringBuilder x, String name, List<String> values) {
    x.append("   <").append(name).append("><rdf:Bag>");
    values.forEach(v -> x.append("<rdf:li>").append(esc(v)).append("</rdf:li>"));
    x.append("</rdf:Bag></").append(name).append(">\n");
  }

  static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}

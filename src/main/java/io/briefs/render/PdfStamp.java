package io.briefs.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What makes a PDF's bytes depend only on its inputs: the document dates (from {@code
 * SOURCE_DATE_EPOCH} or the dataset's release date, never the clock), an XMP packet written
 * from the document information with the same dates, and a trailer {@code /ID} derived from a
 * hash of the inputs.
 *
 * @param id at least 16 bytes derived from the inputs
 */
record PdfStamp(Instant date, byte[] id) {

  /** Copies the id. */
  PdfStamp {
    id = id.clone();
  }

  /** The date as PDFBox takes it: UTC, so the bytes do not depend on the machine's zone. */
  Calendar calendar() {
    Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(date.toEpochMilli());
    return calendar;
  }

  /** Sets the dates, the XMP metadata and the identifier of a rendered document before saving. */
  void apply(PDDocument doc) throws IOException {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(calendar());
    info.setModificationDate(calendar());
    PDDocumentCatalog catalog = doc.getDocumentCatalog();
    Xmp.Fields fields = new Xmp.Fields(info.getTitle(), info.getAuthor(), info.getSubject(),
        info.getKeywords(), catalog.getLanguage(), info.getProducer());
    PDMetadata metadata = new PDMetadata(doc);
    metadata.importXMPMetadata(Xmp.packet(fields, date).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}

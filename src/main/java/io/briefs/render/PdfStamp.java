package io.briefs.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * What makes a PDF's bytes depend only on its inputs: the document dates (from {@code
 * SOURCE_DATE_EPOCH} or the dataset's release date, never the clock), the XMP dates to match, and
 * a trailer {@code /ID} derived from a hash of the inputs.
 *
 * @param id at least 16 bytes derived from the inputs
 */
public record PdfStamp(Instant date, byte[] id) {
  private static final Pattern XMP_DATE = Pattern.compile(
      "(<xmp:(?:CreateDate|ModifyDate|MetadataDate)>)[^<]*(</xmp:(?:CreateDate|ModifyDate|MetadataDate)>)"
          + "|(xmp:(?:CreateDate|ModifyDate|MetadataDate)=\")[^\"]*(\")");

  /** Copies the id. */
  public PdfStamp {
    id = id.clone();
  }

  /** Sets the dates and the identifier of a rendered document before it is saved. */
  void apply(PDDocument doc) throws IOException {
    Calendar calendar = Calendar.getInstance(TimeZone.getTimeZone("UTC"), Locale.ROOT);
    calendar.setTimeInMillis(date.toEpochMilli());
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setCreationDate(calendar);
    info.setModificationDate(calendar);
    PDMetadata metadata = doc.getDocumentCatalog().getMetadata();
    if (metadata != null) {
      // the XMP text is edited in place: re-serialising it through XMPBox broke it
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      String iso = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
      Matcher m = XMP_DATE.matcher(xmp);
      StringBuilder out = new StringBuilder();
      while (m.find()) {
        String open = m.group(1) != null ? m.group(1) : m.group(3);
        String close = m.group(2) != null ? m.group(2) : m.group(4);
        m.appendReplacement(out, Matcher.quoteReplacement(open + iso + close));
      }
      m.appendTail(out);
      metadata.importXMPMetadata(out.toString().getBytes(StandardCharsets.UTF_8));
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}

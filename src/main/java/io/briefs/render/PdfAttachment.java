package io.briefs.render;

/**
 * A file embedded in a PDF as a PDF/A-3 associated file, such as the brief's {@code data.json}.
 *
 * @param fileName the name readers show and save it under
 * @param mimeType its media type, like {@code application/json}
 * @param description what it is, for readers and assistive technology
 * @param relationship how it relates to the document: {@code Data}, {@code Source}, ...
 */
public record PdfAttachment(String fileName, String mimeType, String description, String relationship,
    byte[] bytes) {

  /** Copies the bytes. */
  public PdfAttachment {
    bytes = bytes.clone();
  }

  /** The bytes (a copy). */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The data a brief was written from, attached so the numbers travel with the document. */
  public static PdfAttachment data(String fileName, byte[] json) {
    return new PdfAttachment(fileName, "application/json",
        "Every number shown in this brief with its fact, formula and inputs", "Data", json);
  }
}

package io.briefs.render;

import io.briefs.chart.ChartSpec;
import io.briefs.narrative.Numbers;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Everything one PDF is made from; the same request always gives the same bytes.
 *
 * @param html the print variant of the brief
 * @param charts the brief's charts by id, for the {@code <object>} elements that show them
 * @param date the document's creation and modification date ({@code SOURCE_DATE_EPOCH} or the
 *     release date), never the clock
 * @param attachments files embedded as associated files, in order
 */
public record PdfRequest(String html, Map<String, ChartSpec> charts, Numbers numbers, PageSize pageSize,
    Instant date, List<PdfAttachment> attachments) {

  /** Copies the collections. */
  public PdfRequest {
    charts = Map.copyOf(charts);
    attachments = List.copyOf(attachments);
  }

  /** The trailer {@code /ID}: 16 bytes of a SHA-256 over every input of the document. */
  byte[] id() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      update(sha, html.getBytes(StandardCharsets.UTF_8));
      update(sha, pageSize.name().getBytes(StandardCharsets.US_ASCII));
      update(sha, ByteBuffer.allocate(Long.BYTES).putLong(date.getEpochSecond()).array());
      for (PdfAttachment a : attachments) {
        update(sha, a.fileName().getBytes(StandardCharsets.UTF_8));
        update(sha, a.bytes());
      }
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Length-prefixed, so that moving bytes between two inputs changes the hash. */
  private static void update(MessageDigest sha, byte[] bytes) {
    sha.update(ByteBuffer.allocate(Integer.BYTES).putInt(bytes.length).array());
    sha.update(bytes);
  }
}

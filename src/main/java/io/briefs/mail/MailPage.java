package io.briefs.mail;

import io.briefs.render.BriefPage;
import java.util.List;

/**
 * What the mail template reads: the brief's web page record, its charts as embedded images and
 * the name of the attached PDF.
 */
public record MailPage(BriefPage brief, List<MailChart> charts, String pdfName) {

  /** Copies the list. */
  public MailPage {
    charts = List.copyOf(charts);
  }

  /**
   * A chart embedded in the message as a PNG part.
   *
   * @param contentId the part's Content-ID, referred to as {@code cid:} in the HTML
   * @param width shown width in CSS pixels (the PNG has twice as many)
   */
  public record MailChart(String title, String description, String contentId, int width, int height) {}
}

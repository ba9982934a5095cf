package io.briefs.pipeline;

import io.briefs.chart.ChartSpec;
import io.briefs.model.Company;
import io.briefs.model.Quarter;
import io.briefs.narrative.Numbers;
import io.briefs.render.BriefPage;
import java.time.Instant;
import java.util.List;

/**
 * The documents of one brief: what the site writes and what a mail message is made of.
 *
 * @param page the web variant's page record
 * @param date the brief's date stamp ({@code SOURCE_DATE_EPOCH} or the release date)
 * @param html the web page
 * @param pdf the PDF's bytes
 * @param data the fact ledger ({@code data.json}), also attached to the PDF
 * @param figures the ledger's facts as CSV ({@code figures.csv})
 */
public record BriefDocuments(Company company, Quarter quarter, BriefPage page, List<ChartSpec> charts,
    Numbers numbers, Instant date, String html, byte[] pdf, byte[] data, byte[] figures) {

  /** Copies the list and the bytes. */
  public BriefDocuments {
    charts = List.copyOf(charts);
    pdf = pdf.clone();
    data = data.clone();
    figures = figures.clone();
  }

  /** The PDF (a copy). */
  @Override
  public byte[] pdf() {
    return pdf.clone();
  }

  /** The ledger's JSON (a copy). */
  @Override
  public byte[] data() {
    return data.clone();
  }

  /** The figures' CSV (a copy). */
  @Override
  public byte[] figures() {
    return figures.clone();
  }
}

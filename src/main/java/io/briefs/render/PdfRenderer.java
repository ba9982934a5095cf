package io.briefs.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.Diagnostic;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.PdfChartDrawer;
import io.briefs.narrative.Numbers;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

/**
 * Turns the print variant of a brief's HTML into a PDF: bundled fonts embedded, charts drawn as
 * vectors, tagged (PDF/UA) and archival (PDF/A-3a), with reproducible bytes. A new renderer
 * builder per document (they are stateful); fonts and the colour profile are shared.
 */
public final class PdfRenderer {
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final Fonts fonts;
  private final ChartTheme theme;

  /** A renderer embedding {@code fonts} and drawing charts in {@code theme}. */
  public PdfRenderer(Fonts fonts, ChartTheme theme) {
    this.fonts = fonts;
    this.theme = theme;
    QuietLogger.install();
  }

  /**
   * Renders one document.
   *
   * @param html the print variant of the brief
   * @param charts the brief's charts by id, for the {@code <object>} elements that show them
   * @throws PdfException when the renderer reports a problem (a missing resource, a bad font)
   */
  public byte[] render(String html, Map<String, ChartSpec> charts, Numbers numbers, PdfStamp stamp)
      throws PdfException {
    List<String> problems = new ArrayList<>();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "about:blank");
    for (FontFile f : Fonts.FILES) {
      EnumSet<FSFontUseCase> uses = f.fallback()
          ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
          : EnumSet.of(FSFontUseCase.DOCUMENT);
      builder.useFont(() -> fonts.open(f), f.family(), f.weight(),
          f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true, uses);
    }
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer(PdfChartDrawer.TYPE, new PdfChartDrawer(charts, theme, numbers));
    builder.useObjectDrawerFactory(drawers);
    builder.useFastMode();
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
    builder.useColorProfile(SRGB);
    builder.withProducer("briefs");
    builder.withDiagnosticConsumer(d -> collect(d, problems));
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      PDDocument doc = renderer.createPDFKeepOpen();
      try (doc) {
        if (!problems.isEmpty()) {
          throw new PdfException(problems);
        }
        stamp.apply(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        doc.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new PdfException(List.of("cannot write the PDF: " + e.getMessage()));
    }
  }

  /** Keeps warnings and errors: a missing image or font must fail the build, not vanish. */
  private static void collect(Diagnostic d, List<String> problems) {
    if (d.getLevel().intValue() >= Level.WARNING.intValue()) {
      problems.add(d.getFormattedMessage());
    }
  }
}

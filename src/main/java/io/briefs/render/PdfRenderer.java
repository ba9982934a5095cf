package io.briefs.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.PageSizeUnits;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.render.DefaultObjectDrawerFactory;
import com.openhtmltopdf.util.Diagnostic;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.PdfChartDrawer;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns the print variant of a brief's HTML into a PDF: bundled fonts embedded, charts drawn as
 * vectors, tagged (PDF/UA) and archival (PDF/A-3a) with its data attached, on the paper asked
 * for, with reproducible bytes. A new renderer builder per document (they are stateful); fonts,
 * their metrics and the colour profile are shared.
 */
public final class PdfRenderer {
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final Fonts fonts;
  private final ChartTheme theme;
  private final FontMetricsCache fontMetrics;
  private final ParsedFonts parsed;

  /** A renderer embedding {@code fonts} and drawing charts in {@code theme}. */
  public PdfRenderer(Fonts fonts, ChartTheme theme) {
    this.fonts = fonts;
    this.theme = theme;
    this.parsed = new ParsedFonts(fonts);
    this.fontMetrics = new FontMetricsCache(fonts);
    QuietLogger.install();
  }

  /**
   * Renders one document.
   *
   * @throws PdfException when a character has no glyph in any bundled font, or the renderer
   *     reports a problem (a missing resource, a bad font)
   */
  public byte[] render(PdfRequest request) throws PdfException {
    Document page = Jsoup.parse(request.html());
    List<String> problems = new ArrayList<>(
        GlyphCheck.missing(page, request.charts(), fonts, theme));
    if (!problems.isEmpty()) {
      throw new PdfException(problems);
    }
    // the HTML parser moves the renderer's <bookmarks> element out of <head>; put it back
    for (Element bookmarks : page.body().select("bookmarks")) {
      page.head().appendChild(bookmarks);
    }
    PdfStamp stamp = new PdfStamp(request.date(), request.id());
    ParsedFonts.Set fontSet = parsed.take();
    try (PDDocument doc = new PDDocument()) {
      PdfRendererBuilder builder = builder(request, doc, fontSet, problems);
      builder.withW3cDocument(new W3CDom().fromJsoup(page), "about:blank");
      try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
        renderer.createPDFKeepOpen();
        if (!problems.isEmpty()) {
          throw new PdfException(problems);
        }
        Attachments.embed(doc, request.attachments(), stamp.calendar());
        stamp.apply(doc);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        doc.save(out);
        return out.toByteArray();
      }
    } catch (IOException e) {
      throw new PdfException(List.of("cannot write the PDF: " + e.getMessage()));
    } finally {
      parsed.give(fontSet);
    }
  }

  private PdfRendererBuilder builder(PdfRequest request, PDDocument doc, ParsedFonts.Set fontSet,
      List<String> problems) {
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.usePDDocument(doc);
    for (FontFile f : Fonts.FILES) {
      FontStyle style = f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL;
      if (!f.family().equals(Fonts.LAST_RESORT)) {
        builder.useFont(fontSet.supplier(f, doc), f.family(), f.weight(), style, true);
      }
      if (f.fallback()) {
        // for text no font of its own family can show; rarely needed, so read only then
        EnumSet<FSFontUseCase> uses = f.family().equals(Fonts.LAST_RESORT)
            ? EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_FINAL)
            : EnumSet.of(FSFontUseCase.FALLBACK_FINAL);
        builder.useFont(() -> fonts.open(f), f.family(), f.weight(), style, true, uses);
      }
    }
    builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, fontMetrics);
    DefaultObjectDrawerFactory drawers = new DefaultObjectDrawerFactory();
    drawers.registerDrawer(PdfChartDrawer.TYPE,
        new PdfChartDrawer(request.charts(), theme, request.numbers()));
    builder.useObjectDrawerFactory(drawers);
    // the stylesheet may still set @page { size }; this is the size when it does not
    builder.useDefaultPageSize(request.pageSize().widthMm(), request.pageSize().heightMm(), PageSizeUnits.MM);
    builder.usePdfUaAccessibility(true);
    builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
    builder.useColorProfile(SRGB);
    builder.withProducer("briefs");
    builder.withDiagnosticConsumer(d -> collect(d, problems));
    builder.useExternalResourceAccessControl(new NoFetching(problems),
        ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    builder.useExternalResourceAccessControl(new NoFetching(problems),
        ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    return builder;
  }

  /** Keeps warnings and errors: a missing image or font must fail the build, not vanish. */
  private static void collect(Diagnostic d, List<String> problems) {
    if (d.getLevel().intValue() < Level.WARNING.intValue()) {
      return; // formatting every debug message cost more than a chart
    }
    String message = d.getFormattedMessage();
    // a refusal was already reported, in words a user can act on, by NoFetching
    if (!message.contains("rejected by resource access")) {
      synchronized (problems) {
        problems.add(message);
      }
    }
  }
}

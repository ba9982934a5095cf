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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.logging.Level;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
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
  /** The ICC's sRGB profile, bundled: the Java runtime's differs between versions and vendors. */
  private static final byte[] SRGB = Bundled.read("color/sRGB2014.icc");

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
        embedProfileUnaltered(doc);
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

  /**
   * Puts the bundled profile back as it was: PDFBox reads it through the Java runtime's colour
   * module, and Java 17 writes it out with a header of its own (its CMM, its platform), so the
   * bytes of a PDF depended on the Java that made it, and the ICC's profile was embedded altered.
   */
  private static void embedProfileUnaltered(PDDocument doc) throws IOException {
    for (PDOutputIntent intent : doc.getDocumentCatalog().getOutputIntents()) {
      COSStream profile = intent.getCOSObject().getCOSStream(COSName.DEST_OUTPUT_PROFILE);
      if (profile != null) {
        try (OutputStream out = profile.createOutputStream(COSName.FLATE_DECODE)) {
          out.write(SRGB);
        }
      }
    }
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

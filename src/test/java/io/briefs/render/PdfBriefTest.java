package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The Dell Q1 FY2026 sample PDF as a reader and an archive see it: paper, running header and
 * footer, outline, links, metadata in both places, embedded fonts, searchable text, the attached
 * ledger, and its size.
 */
class PdfBriefTest {
  private static final Path DIR = SampleBuild.site().resolve("dell/fy2026-q1");
  private static final PdfFile PDF = PdfFile.of(DIR.resolve("dell-fy2026-q1.pdf"));

  @Test
  void isLetterPagesUnder300Kilobytes() throws Exception {
    assertThat(PDF.mediaBoxes()).hasSizeGreaterThanOrEqualTo(2).allSatisfy(box -> {
      assertThat(box.getWidth()).isEqualTo(PDRectangle.LETTER.getWidth(), org.assertj.core.data.Offset.offset(0.5f));
      assertThat(box.getHeight()).isEqualTo(PDRectangle.LETTER.getHeight(), org.assertj.core.data.Offset.offset(0.5f));
    });
    assertThat(Files.size(DIR.resolve("dell-fy2026-q1.pdf"))).isLessThan(300 * 1024);
  }

  @Test
  void runningHeaderSkipsPageOneAndFooterCountsPages() {
    List<String> pages = PDF.pages();
    String header = "Dell · Q1 FY2026 · Earnings brief";
    int count = pages.size();
    assertThat(pages.get(0)).doesNotContain(header).contains("Page 1 of " + count);
    for (int i = 1; i < count; i++) {
      assertThat(pages.get(i)).startsWith(header).contains("Page " + (i + 1) + " of " + count);
    }
    assertThat(pages).allSatisfy(p -> assertThat(p).contains("Not investment advice."));
  }

  @Test
  void outlineHasEverySectionInOrderWithItsCharts() throws Exception {
    // the page's own parts, in reading order: key figures, each section (Sources last), then the
    // appendix of chart data; each chart under the section it illustrates
    Document page = Jsoup.parse(DIR.resolve("index.html").toFile(), "UTF-8");
    List<String> parts = new java.util.ArrayList<>(List.of("Key figures"));
    page.select("article section > h2").forEach(h -> parts.add(h.text()));
    parts.add("Appendix");
    assertThat(parts).contains("Results", "Outlook", "Sources");
    assertThat(PDF.bookmarks()).containsExactlyElementsOf(parts);
    assertThat(PDF.bookmarksUnder("Results")).containsExactly("Revenue by quarter");
    assertThat(PDF.bookmarksUnder("Segments")).containsExactly("Revenue by segment", "Operating margin by segment");
    for (var section : page.select("article section:has(> h2)")) {
      assertThat(PDF.bookmarksUnder(section.selectFirst("h2").text()))
          .containsExactlyElementsOf(section.select("figure.chart > figcaption").eachText());
    }
  }

  @Test
  void contentsLineLinksToTheSections() {
    List<String> described = PDF.with(doc -> {
      List<String> links = new java.util.ArrayList<>();
      for (var annotation : doc.getPage(0).getAnnotations()) {
        if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionGoTo) {
          links.add(link.getContents());
        } else if (annotation instanceof PDAnnotationLink link && link.getDestination() != null) {
          links.add(link.getContents());
        }
      }
      return links;
    });
    assertThat(described).contains("Results", "Outlook", "Sources");
  }

  @Test
  void metadataAgreesBetweenInfoAndXmp() {
    var info = PDF.info();
    String xmp = PDF.xmp();
    assertThat(info.getTitle()).isEqualTo(
        "Dell Q1 FY2026: Dell's AI server backlog hits a record $14.4 billion while non-GAAP EPS misses estimates");
    // the publisher, never the company: the site's name (briefs.yaml, default "Earnings briefs")
    assertThat(info.getAuthor()).isEqualTo("Earnings briefs");
    assertThat(info.getSubject()).isEqualTo("Dell Q1 FY2026 earnings brief");
    assertThat(info.getKeywords()).isEqualTo("Dell, DELL, Q1 FY2026, earnings");
    assertThat(PDF.language()).isEqualTo("en");
    assertThat(xmp).contains(
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + info.getTitle().replace("'", "'") + "</rdf:li>",
        "<dc:creator><rdf:Seq><rdf:li>Earnings briefs</rdf:li>",
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">Dell Q1 FY2026 earnings brief</rdf:li>",
        "<pdf:Keywords>Dell, DELL, Q1 FY2026, earnings</pdf:Keywords>",
        "<dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>",
        "<pdf:Producer>briefs</pdf:Producer>",
        "<pdfaid:part>3</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>");
    // SampleBuild sets SOURCE_DATE_EPOCH=1748476800
    assertThat(PdfFile.iso(info.getCreationDate())).isEqualTo("2025-05-29T00:00:00Z");
    assertThat(PdfFile.iso(info.getModificationDate())).isEqualTo("2025-05-29T00:00:00Z");
    assertThat(xmpDates(xmp)).containsExactly("CreateDate=2025-05-29T00:00:00Z",
        "ModifyDate=2025-05-29T00:00:00Z", "MetadataDate=2025-05-29T00:00:00Z");
  }

  @Test
  void everyFontIsEmbeddedAndTheDocumentIsTagged() {
    assertThat(PDF.fonts()).isNotEmpty().allSatisfy(f -> assertThat(f).endsWith(" embedded"));
    assertThat(PDF.fonts()).anyMatch(f -> f.contains("NotoSans-Regular"));
    assertThat(PDF.tagged()).isTrue();
  }

  @Test
  void textIsSearchableAsWritten() {
    String text = PDF.text();
    assertThat(text).contains("reaffirmed revenue of $101 billion to $105 billion", "Revenue rose 5%");
    // no presentation forms (U+FB00-FB06 ligatures such as "ﬃ") and no '#' for a missing glyph
    assertThat(text.codePoints().filter(cp -> cp >= 0xFB00 && cp <= 0xFB06).count()).isZero();
    assertThat(text).doesNotContain("#");
  }

  @Test
  void ledgerTravelsInsideThePdf() throws Exception {
    assertThat(PDF.attachments()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("data.json");
      assertThat(a.unicodeName()).isEqualTo("data.json");
      assertThat(a.mime()).isEqualTo("application/json");
      assertThat(a.relationship()).isEqualTo("Data");
      assertThat(a.associated()).as("listed in the catalog's /AF").isTrue();
      assertThat(a.description()).isNotBlank();
      assertThat(a.bytes()).isEqualTo(Files.readAllBytes(DIR.resolve("data.json")));
      assertThat(a.created()).isEqualTo("2025-05-29T00:00:00Z");
      assertThat(a.modified()).isEqualTo("2025-05-29T00:00:00Z");
    });
  }

  static List<String> xmpDates(String xmp) {
    Matcher m = Pattern.compile("<xmp:(\\w+)>([^<]*)</xmp:\\1>").matcher(xmp);
    List<String> dates = new java.util.ArrayList<>();
    while (m.find()) {
      dates.add(m.group(1) + "=" + m.group(2));
    }
    return dates;
  }
}

package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.cli.Run;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The layout of every sample PDF on Letter and A4, measured from where its text sits: the brief
 * itself (the pages before the appendix) takes at most two pages and every one of them but the
 * last is filled to 75% of its height or more; the charts' data tables start on a page of their
 * own; no page ends with a heading; each chart is drawn in the brief and its table is in the
 * appendix.
 */
class PdfLayoutTest {
  private static final double MIN_FILL = 0.75;
  private static final Path CSS = Path.of("templates/assets/print.css");
  private static Path a4;

  /** The sample built again on A4 paper (once). */
  private static synchronized Path a4Site() {
    if (a4 == null) {
      try {
        Path out = Files.createTempDirectory("briefs-a4").resolve("site");
        Run run = Run.of(Map.of("SOURCE_DATE_EPOCH", "1748476800"), "build", "--out", out.toString(),
            "--page-size", "a4");
        if (run.code() != 0) {
          throw new IllegalStateException("A4 sample build failed: " + run.err());
        }
        a4 = out;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return a4;
  }

  static Stream<Arguments> briefs() throws IOException {
    List<Arguments> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SampleBuild.site())) {
      for (Path pdf : files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
        String dir = SampleBuild.site().relativize(pdf.getParent()).toString();
        out.add(Arguments.of(dir, "letter"));
        out.add(Arguments.of(dir, "a4"));
      }
    }
    assertThat(out).hasSize(16);
    return out.stream();
  }

  private static Path site(String paper) {
    return paper.equals("letter") ? SampleBuild.site() : a4Site();
  }

  private static PageLines lines(String brief, String paper) throws IOException {
    Path dir = site(paper).resolve(brief);
    try (Stream<Path> files = Files.list(dir)) {
      Path pdf = files.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElseThrow();
      return PageLines.of(PdfFile.of(pdf), PageLines.margins(CSS));
    }
  }

  /** The chart titles of a brief, from its web page. */
  private static List<String> charts(String brief) throws IOException {
    return Jsoup.parse(SampleBuild.site().resolve(brief).resolve("index.html").toFile(), "UTF-8")
        .select("figure.chart > figcaption").stream().map(Element::text).toList();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("briefs")
  void theBriefTakesAtMostTwoWellFilledPages(String brief, String paper) throws IOException {
    PageLines pages = lines(brief, paper);
    int body = pages.bodyPages();
    StringBuilder fills = new StringBuilder();
    for (int p = 0; p < pages.pages().size(); p++) {
      fills.append(String.format(" p%d %.0f%%", p + 1, pages.fill(p) * 100));
    }
    assertThat(body).as("pages before the appendix (%s)", fills).isBetween(1, 2);
    for (int p = 0; p < body - 1; p++) {
      assertThat(pages.fill(p)).as("page %d of %s on %s is filled (%s)", p + 1, brief, paper, fills)
          .isGreaterThanOrEqualTo(MIN_FILL);
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("briefs")
  void chartsAreInTheBriefAndTheirTablesInAnAppendixOfItsOwn(String brief, String paper) throws IOException {
    PageLines pages = lines(brief, paper);
    List<String> charts = charts(brief);
    if (charts.isEmpty()) {
      assertThat(pages.appendix()).as("a brief without charts has no appendix").isEqualTo(-1);
      return;
    }
    int appendix = pages.appendix();
    assertThat(appendix).as("the appendix of %s", brief).isPositive();
    assertThat(pages.pages().get(appendix).get(0).text()).as("the appendix starts its page").isEqualTo("Appendix");
    List<String> body = texts(pages, 0, appendix);
    List<String> after = texts(pages, appendix, pages.pages().size());
    for (String chart : charts) {
      assertThat(body).as("chart drawn in the brief").contains(chart);
      assertThat(after).as("its table in the appendix").contains(chart + " (data)");
      assertThat(body).as("no table left in the brief").doesNotContain(chart + " (data)");
    }
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("briefs")
  void noPageEndsWithAHeading(String brief, String paper) throws IOException {
    PageLines pages = lines(brief, paper);
    for (int p = 0; p < pages.pages().size() - 1; p++) {
      List<PageLines.Baseline> page = pages.pages().get(p);
      // the lowest line, and any line at the same height (a heading beside a chart's axis)
      float lowest = page.get(page.size() - 1).y();
      assertThat(page.stream().filter(l -> l.y() > lowest - 2).toList())
          .as("last lines of page %d of %s on %s", p + 1, brief, paper).noneMatch(PageLines.Baseline::isHeading);
    }
  }

  /** A chart in the column of figures is laid out for it: its axis text prints at 7.5 pt, not shrunk. */
  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("briefs")
  void chartTextPrintsAtItsSizeWhateverTheColumn(String brief, String paper) throws IOException {
    List<PageLines.Baseline> ticks = lines(brief, paper).pages().stream().flatMap(List::stream)
        .filter(l -> l.text().matches("\\$\\d+(\\.\\d)?B")).toList();
    if (!charts(brief).isEmpty()) {
      assertThat(ticks).as("axis labels of %s", brief).isNotEmpty();
    }
    assertThat(ticks).allSatisfy(t -> assertThat(t.size()).as(t.text()).isCloseTo(7.5f, org.assertj.core.data.Offset.offset(0.1f)));
  }

  /** The measure itself: half a page of text, then a forced break, reads about half full. */
  @org.junit.jupiter.api.Test
  void theMeasureSeesAHalfEmptyPage() throws Exception {
    PdfRenderer renderer = new PdfRenderer(Fonts.load(), io.briefs.chart.ChartTheme.standard());
    String body = "<p>Line of text.</p>".repeat(24) + "<h2 style=\"page-break-before: always\">Next</h2><p>More.</p>";
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Fill</title><meta name=\"subject\" content=\"t\">"
        + "<style>" + Files.readString(CSS) + "</style></head><body>" + body + "</body></html>";
    byte[] pdf = renderer.render(new PdfRequest(html, Map.of(), new io.briefs.narrative.Numbers("USD"),
        PageSize.LETTER, java.time.Instant.EPOCH, List.of()));
    PageLines pages = PageLines.of(new PdfFile(pdf), PageLines.margins(CSS));
    assertThat(pages.pages()).hasSize(2);
    assertThat(pages.fill(0)).isBetween(0.3, 0.7);
    assertThat(pages.pages().get(1).get(0).isHeading()).isTrue();
  }

  private static List<String> texts(PageLines pages, int from, int to) {
    return pages.pages().subList(from, to).stream().flatMap(List::stream).map(PageLines.Baseline::text).toList();
  }
}

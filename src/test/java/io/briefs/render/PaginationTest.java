package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.chart.ChartTheme;
import io.briefs.narrative.Numbers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The print stylesheet's page breaks, on documents long enough to need them: a table repeats its
 * header on every page and never splits a row; a heading never ends a page.
 */
class PaginationTest {
  private static PdfRenderer renderer;
  private static String css;

  @BeforeAll
  static void setUp() throws Exception {
    renderer = new PdfRenderer(Fonts.load(), ChartTheme.standard());
    css = Files.readString(Path.of("templates/assets/print.css"));
  }

  private static List<String> pages(String body) throws Exception {
    String html = "<!DOCTYPE html><html lang=\"en\"><head><title>Pagination</title>"
        + "<meta name=\"subject\" content=\"test\"><style>" + css + "</style></head><body>" + body + "</body></html>";
    byte[] pdf = renderer.render(new PdfRequest(html, Map.of(), new Numbers("USD"), PageSize.LETTER,
        Instant.EPOCH, List.of()));
    return new PdfFile(pdf).pages();
  }

  @Test
  void longTableRepeatsItsHeaderAndNeverSplitsARow() throws Exception {
    StringBuilder rows = new StringBuilder();
    for (int i = 100; i < 190; i++) {
      rows.append("<tr><th scope=\"row\">first-").append(i).append("<br/>second-").append(i)
          .append("</th><td>$").append(i).append(" million</td></tr>");
    }
    List<String> pages = pages("<table class=\"figures\"><caption>Long table</caption><thead><tr>"
        + "<th scope=\"col\">Quarter label</th><th scope=\"col\">Amount column</th></tr></thead><tbody>"
        + rows + "</tbody></table>");
    assertThat(pages).hasSizeGreaterThan(2);
    for (String page : pages) {
      assertThat(page).contains("Quarter label Amount column");
    }
    for (int i = 100; i < 190; i++) {
      int at = i;
      List<Integer> first = indexes(pages, "first-" + at);
      assertThat(first).as("row %d is on one page", at).isEqualTo(indexes(pages, "second-" + at)).hasSize(1);
    }
  }

  @Test
  void headingsNeverEndAPage() throws Exception {
    String paragraph = "<p>" + "Revenue climbed and operating income rose in the quarter. ".repeat(6) + "</p>";
    for (int filler = 0; filler < 24; filler += 2) {
      StringBuilder body = new StringBuilder("<p>filler</p>".repeat(filler));
      for (int s = 0; s < 8; s++) {
        body.append("<section><h2>Heading ").append(s).append("</h2>").append(paragraph.repeat(3)).append("</section>");
      }
      List<String> pages = pages(body.toString());
      assertThat(pages).hasSizeGreaterThan(1);
      for (int p = 0; p < pages.size() - 1; p++) {
        List<String> lines = Arrays.stream(pages.get(p).split("\\R"))
            .filter(l -> !l.isBlank() && !l.startsWith("Page ")).toList();
        assertThat(lines.get(lines.size() - 1)).as("last line of page %d with %d filler", p + 1, filler)
            .doesNotStartWith("Heading");
      }
    }
  }

  @Test
  void tableCaptionsStayWithTheirTable() throws Exception {
    // as a chart shows its data in the PDF: a description, then the table, inside the figure
    String table = "<figure class=\"chart\"><p class=\"chart-description\">Description</p>"
        + "<table class=\"figures chart-data\"><caption>Caption of the table</caption><thead><tr>"
        + "<th scope=\"col\">Quarter</th><th scope=\"col\">Amount</th></tr></thead><tbody>"
        + "<tr><th scope=\"row\">Q1</th><td>$1 million</td></tr>".repeat(6) + "</tbody></table></figure>";
    for (int filler = 20; filler < 36; filler++) {
      List<String> pages = pages("<p>filler</p>".repeat(filler) + table);
      for (int p = 0; p < pages.size() - 1; p++) {
        List<String> lines = Arrays.stream(pages.get(p).split("\\R"))
            .filter(l -> !l.isBlank() && !l.startsWith("Page ")).toList();
        assertThat(lines.get(lines.size() - 1)).as("last line of page %d with %d filler", p + 1, filler)
            .isNotEqualTo("Caption of the table");
      }
    }
  }

  private static List<Integer> indexes(List<String> pages, String text) {
    java.util.ArrayList<Integer> found = new java.util.ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).matches("(?s).*\\b" + text + "\\b.*")) {
        found.add(i);
      }
    }
    return found;
  }
}

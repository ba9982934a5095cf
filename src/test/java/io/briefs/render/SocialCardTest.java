package io.briefs.render;

import io.briefs.narrative.Style;
import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.site.SitePaths;
import io.briefs.narrative.Numbers;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The social preview card: its size, its reproducible bytes, and the tags that point to it. */
class SocialCardTest {
  private static final ChartTheme THEME = ChartTheme.standard();
  private static final Numbers USD = new Numbers("USD");
  private static ChartSpec chart;

  @BeforeAll
  static void plan() {
    Fonts.load();
    CompanyData dell = new DatasetLoader(new Diagnostics()).load(Path.of("data")).companies().get(0);
    chart = ChartPlanner.forBrief(dell, MetricsDeriver.derive(dell, dell.quarters().get(4)), Style.defaults()).get(0);
  }

  private static byte[] card(String headline) {
    return SocialCard.png("Dell Technologies Inc. \u00b7 Q1 FY2026 earnings", headline, chart, THEME, USD);
  }

  @Test
  void isA1200By630PngWithOnlyImageChunks() throws IOException {
    byte[] png = card("Dell's AI server backlog hits a record $14.4 billion while non-GAAP EPS misses estimates");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertThat(image.getWidth()).isEqualTo(1200);
    assertThat(image.getHeight()).isEqualTo(630);
    // no tIME, tEXt, iTXt or other metadata that could differ between builds
    assertThat(chunks(png)).containsOnly("IHDR", "IDAT", "IEND").startsWith("IHDR").endsWith("IEND");
  }

  @Test
  void sameBriefGivesTheSameBytesAndTheHeadlineShows() {
    String headline = "Dell's AI server backlog hits a record $14.4 billion while non-GAAP EPS misses estimates";
    assertThat(card(headline)).isEqualTo(card(headline));
    assertThat(card(headline)).isNotEqualTo(card("Dell's revenue climbs 5%"));
  }

  @Test
  void aVeryLongHeadlineStillFits() throws IOException {
    String headline = "A very long headline ".repeat(12).trim();
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(card(headline)));
    assertThat(image.getHeight()).isEqualTo(630);
  }

  @Test
  void everyBriefHasACardItsPageAnnounces() throws IOException {
    Path site = SampleBuild.site();
    // the brief folders; the company's own page and feed sit beside them
    try (var briefs = Files.list(site.resolve("dell")).filter(Files::isDirectory)) {
      for (Path dir : briefs.toList()) {
        Path png = dir.resolve(SitePaths.CARD);
        assertThat(png).exists();
        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(1200);
        Document page = Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8");
        assertThat(page.select("meta[property=og:image]").attr("content")).isEqualTo("card.png");
        assertThat(page.select("meta[property=og:image:width]").attr("content")).isEqualTo("1200");
        assertThat(page.select("meta[property=og:image:height]").attr("content")).isEqualTo("630");
        assertThat(page.select("meta[property=og:image:alt]").attr("content")).startsWith(
            page.selectFirst("h1").text());
        assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(page.title());
        assertThat(page.select("meta[name=twitter:card]").attr("content")).isEqualTo("summary_large_image");
        assertThat(page.select("meta[name=twitter:image]").attr("content")).isEqualTo("card.png");
      }
    }
  }

  /** The chunk types of a PNG, in order. */
  private static List<String> chunks(byte[] png) {
    List<String> types = new ArrayList<>();
    ByteBuffer b = ByteBuffer.wrap(png);
    b.position(8);
    while (b.remaining() >= 12) {
      int length = b.getInt();
      byte[] type = new byte[4];
      b.get(type);
      types.add(new String(type, StandardCharsets.US_ASCII));
      b.position(b.position() + length + 4);
    }
    return types;
  }
}

package io.briefs.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.render.PdfFile;
import io.briefs.web.HtmlChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs.yaml}: what it sets reaches every page, the feeds and the PDFs; the command line
 * overrides it; it is read as strictly as a dataset; changing it renders the briefs again.
 */
class ConfigTest {
  private static final String QUARTER = """
      period_end: 2025-03-31
      reported: 2025-04-24
      units: millions
      results: { revenue: 100, operating_income: 12 }
      """;
  private static final String CONFIG = """
      # the site of a research shop
      name: Northwind Research
      lang: en-GB
      base_url: https://research.example.com/briefs
      page_size: a4
      accent: "#8a3ffc"
      logo: logo.svg
      mail:
        from: Northwind Research <briefs@research.example.com>
        unsubscribe:
          - mailto:unsubscribe@research.example.com?subject=unsubscribe
          - https://research.example.com/unsubscribe?address={address}
      """;

  @TempDir Path dir;

  private Path project(String config) throws Exception {
    TestData.in(dir).quarter("FY2025-Q1", QUARTER);
    Files.writeString(dir.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"/>");
    return Files.writeString(dir.resolve("briefs.yaml"), config);
  }

  private Run build(Path config, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("build", "--data", dir.resolve("data").toString(),
        "--out", dir.resolve("site").toString(), "--config", config.toString(), "--quiet"));
    args.addAll(List.of(more));
    return Run.of(Map.of("SOURCE_DATE_EPOCH", "1745452800"), args.toArray(String[]::new));
  }

  private Document page(String path) throws Exception {
    return Jsoup.parse(dir.resolve("site").resolve(path).toFile());
  }

  @Test
  void everyPageCarriesTheConfiguredSite() throws Exception {
    Run run = build(project(CONFIG));
    assertThat(run.code()).as(run.err()).isZero();
    for (String path : List.of("index.html", "acme/index.html", "acme/fy2025-q1/index.html",
        "methodology/index.html", "404.html")) {
      Document page = page(path);
      assertThat(page.selectFirst(".site-name").text()).as(path).isEqualTo("Northwind Research");
      assertThat(page.selectFirst("html").attr("lang")).as(path).isEqualTo("en-GB");
      assertThat(page.selectFirst(".site-logo").attr("src")).as(path).endsWith("assets/logo.svg");
      assertThat(page.select("head style").html()).as(path).contains("--accent: #8a3ffc");
      assertThat(HtmlChecker.errors(dir.resolve("site").resolve(path))).as(path).isEmpty();
    }
    assertThat(page("methodology/index.html").title()).isEqualTo("Methodology \u2013 Northwind Research");
    assertThat(page("index.html").selectFirst("link[rel=canonical]").attr("href"))
        .isEqualTo("https://research.example.com/briefs/");
    assertThat(dir.resolve("site/sitemap.xml")).exists();
    assertThat(dir.resolve("site/assets/logo.svg")).hasSameBinaryContentAs(dir.resolve("logo.svg"));
    assertThat(Files.readString(dir.resolve("site/feed.xml"))).contains("<title>Northwind Research</title>");
    PdfFile pdf = PdfFile.of(dir.resolve("site/acme/fy2025-q1/acme-fy2025-q1.pdf"));
    assertThat(pdf.info().getAuthor()).isEqualTo("Northwind Research");
    assertThat(pdf.xmp()).contains("<dc:creator><rdf:Seq><rdf:li>Northwind Research</rdf:li>");
    assertThat(pdf.language()).isEqualTo("en-GB");
    assertThat(pdf.mediaBoxes().get(0).getWidth()).isEqualTo(595.3f, org.assertj.core.data.Offset.offset(0.5f));
  }

  @Test
  void theCommandLineOverridesTheFile() throws Exception {
    Run run = build(project(CONFIG), "--page-size", "letter", "--base-url", "https://other.example.org/");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page("index.html").selectFirst("link[rel=canonical]").attr("href")).isEqualTo("https://other.example.org/");
    PdfFile pdf = PdfFile.of(dir.resolve("site/acme/fy2025-q1/acme-fy2025-q1.pdf"));
    assertThat(pdf.mediaBoxes().get(0).getWidth()).isEqualTo(612f, org.assertj.core.data.Offset.offset(0.5f));
  }

  @Test
  void withoutAFileTheSiteHasTheDefaults() throws Exception {
    TestData.in(dir).quarter("FY2025-Q1", QUARTER);
    Run run = Run.of("build", "--data", dir.resolve("data").toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(page("index.html").selectFirst(".site-name").text()).isEqualTo("Earnings briefs");
    assertThat(page("index.html").select(".site-logo, head style")).isEmpty();
    Run missing = build(dir.resolve("nothing.yaml"));
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains(dir.resolve("nothing.yaml") + ": error: cannot read the configuration: no such file");
  }

  @Test
  void problemsAreLocatedWithSuggestions() throws Exception {
    Path config = project("""
        name: Northwind Research
        lnag: en
        page_size: a5
        accent: "#12345"
        logo: missing.png
        base_url: ftp://example.com/
        mail:
          from: not an address
          unsubscribe: http://example.com/u
        """);
    Run run = build(config);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(
        config + ":2:1: error: unknown key `lnag` in the configuration; did you mean `lang`?",
        config + ":3:12: error: page_size `a5` is not one of letter, a4; did you mean `a4`?",
        config + ":4:9: error: `#12345` is not a colour",
        config + ":5:7: error: there is no logo file `missing.png` beside briefs.yaml",
        config + ":6:11: error: the base URL must start with https:// or http://",
        config + ":8:9: error: `not an address` is not a mail address",
        config + ":9:16: error: an unsubscribe address starts with mailto: or https:");
    assertThat(dir.resolve("site")).doesNotExist();
    // validate reports the same, with the data's problems, in any format
    Run validate = Run.of("validate", "--data", dir.resolve("data").toString(), "--config", config.toString(),
        "--format", "github");
    assertThat(validate.code()).isEqualTo(1);
    assertThat(validate.out()).contains("::error file=" + GithubAnnotations.property(config.toString())
        + ",line=2,col=1::unknown key `lnag`");
  }

  @Test
  void aHardToReadAccentIsAWarning() throws Exception {
    Run run = build(project(CONFIG.replace("#8a3ffc", "#ffcc00")));
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("briefs.yaml:6:9: warning: links in #ffcc00 on the white page have a contrast of 1.5:1");
  }

  @Test
  void changingTheFileRendersTheBriefsAgain() throws Exception {
    Path config = project(CONFIG);
    assertThat(build(config).code()).isZero();
    assertThat(build(config).out()).contains("is up to date");
    Files.writeString(config, CONFIG.replace("Northwind Research", "Northwind Insights"));
    Run again = build(config);
    assertThat(again.out()).contains("(1 rendered, 0 unchanged)");
    assertThat(PdfFile.of(dir.resolve("site/acme/fy2025-q1/acme-fy2025-q1.pdf")).info().getAuthor())
        .isEqualTo("Northwind Insights");
    // the mail settings shape no page: changing them renders nothing
    Files.writeString(config, CONFIG.replace("Northwind Research", "Northwind Insights")
        .replace("briefs@research", "news@research"));
    assertThat(build(config).out()).contains("is up to date");
    // nor does a new logo's name alone, but its bytes do
    Files.writeString(dir.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"20\" height=\"20\"/>");
    assertThat(build(config).out()).contains("(1 rendered, 0 unchanged)");
  }

  @Test
  void validateChecksTheStyleFileOfTheTemplatesFolder() throws Exception {
    TestData.in(dir).quarter("FY2025-Q1", QUARTER);
    Path templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    Path style = templates.resolve("style.yaml");
    Files.writeString(style, Files.readString(style).replace("flat_within_pct:", "flat_within_pc:"));
    Run run = Run.of("validate", "--data", dir.resolve("data").toString(), "--templates", templates.toString());
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(style + ":6:3: error: unknown key `flat_within_pc` in changes; did you mean"
        + " `flat_within_pct`?");
  }
}

package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import io.briefs.SampleBuild;
import io.briefs.TestData;
import io.briefs.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markup and quotes in every text field of a dataset reach the reader as text: escaped in the
 * HTML, literal in the PDF text and the ledger, never as markup.
 */
class HostileTextTest {
  static final String EVIL = "<script>alert(\"x\")</script> & 'q' </p>";
  static final String YAML_EVIL = "\"<script>alert(\\\"x\\\")</script> & 'q' </p>\"";

  @TempDir static Path dir;
  static Path site;

  @BeforeAll
  static void build() {
    TestData data = TestData.in(dir).file("acme/company.yaml", """
        id: acme
        name: %1$s
        short_name: %1$s
        ticker: %1$s
        exchange: %1$s
        currency: USD
        fiscal_year_end: december
        segments:
          - id: cloud
            name: %1$s
            short_name: %1$s
            lines: [{ id: compute, name: %1$s }]
        kpis: [{ id: orders, name: %1$s, kind: flow, unit: money }]
        """.formatted(YAML_EVIL));
    data.quarter("FY2025-Q1", """
        period_end: 2025-03-31
        reported: 2025-04-24
        units: millions
        results: { revenue: 100 }
        segments: { cloud: { revenue: 60, lines: { compute: 30 } } }
        kpis: { orders: 12 }
        consensus: { revenue: 99, source: %1$s }
        analysts: [{ firm: %1$s, action: upgrade, rating: %1$s }]
        holders: [{ holder: %1$s, change_shares: 1000 }]
        quotes: [{ speaker: %1$s, title: %1$s, text: %1$s }]
        risks: [%1$s]
        commentary: %1$s
        sources: [{ title: %1$s, url: "javascript:alert(1)" }]
        """.formatted(YAML_EVIL));
    Run run = Run.of("build", "--data", data.root().toString(), "--out", dir.resolve("site").toString());
    assertThat(run.code()).as(run.err()).isZero();
    site = dir.resolve("site");
  }

  @Test
  void htmlShowsTheTextAndInjectsNothing() throws Exception {
    String html = Files.readString(site.resolve("acme/fy2025-q1/index.html"));
    Document doc = Jsoup.parse(html);
    // the only script is the structured data, whose text Jackson escaped (no "<" at all)
    assertThat(doc.select("script")).hasSize(1);
    String jsonLd = doc.selectFirst("script[type=application/ld+json]").data();
    assertThat(jsonLd).doesNotContain("<", ">", "&");
    assertThat(JsonMapper.builder().build().readTree(jsonLd).path("about").path("name").asText()).isEqualTo(EVIL);
    assertThat(html).doesNotContain("<script>alert", "href=\"javascript:");
    assertThat(doc.body().text()).contains(EVIL);
    assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("<script>alert");
  }

  @Test
  void listingPagesShowTheTextAndInjectsNothing() throws Exception {
    for (String page : List.of("index.html", "acme/index.html", "404.html")) {
      Document doc = Jsoup.parse(site.resolve(page).toFile(), "UTF-8");
      assertThat(doc.select("script")).as(page).isEmpty();
      assertThat(Files.readString(site.resolve(page))).as(page).doesNotContain("<script>alert");
    }
    assertThat(Jsoup.parse(site.resolve("acme/index.html").toFile(), "UTF-8").body().text()).contains(EVIL);
  }

  /** Feeds are written by an XML writer: the text parses back as text, in every feed. */
  @Test
  void feedsCarryTheTextAsText() throws Exception {
    for (String feed : List.of("feed.xml", "acme/feed.xml")) {
      var factory = javax.xml.parsers.DocumentBuilderFactory.newDefaultInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      org.w3c.dom.Document xml = factory.newDocumentBuilder().parse(site.resolve(feed).toFile());
      String entry = xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getTextContent();
      assertThat(entry).as(feed).contains(EVIL);
      assertThat(xml.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "script").getLength()).isZero();
    }
  }

  @Test
  void pdfTextIsLiteral() {
    String text = SampleBuild.pdfText(site.resolve("acme/fy2025-q1/acme-fy2025-q1.pdf"));
    assertThat(text).contains(EVIL);
  }

  @Test
  void feedCarriesTheTextAsXmlText() throws Exception {
    var factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    var feed = factory.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());
    String titles = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").item(0).getTextContent();
    assertThat(titles).contains(EVIL);
  }

  @Test
  void jsonLdCarriesTheTextAndCannotCloseItsScript() throws Exception {
    Document doc = Jsoup.parse(site.resolve("acme/fy2025-q1/index.html").toFile(), "UTF-8");
    var scripts = doc.select("script[type=application/ld+json]");
    assertThat(scripts).hasSize(1);
    String json = scripts.get(0).data();
    assertThat(json).doesNotContain("</script", "<script");
    var node = JsonMapper.builder().build().readTree(json);
    assertThat(node.get("@type").asText()).isEqualTo("NewsArticle");
    assertThat(node.toString()).contains("alert(\\\"x\\\")");
    assertThat(node.get("publisher").get("name").asText() + node.get("author").toString()
        + node.get("about").toString()).contains("<script>");
  }

  @Test
  void ledgerIsValidJson() throws Exception {
    assertThat(JsonMapper.builder().build().readTree(site.resolve("acme/fy2025-q1/data.json").toFile()).get("company").asText())
        .isEqualTo("acme");
  }
}

package io.briefs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.briefs.SampleBuild;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Head metadata: title, description, canonical address, Open Graph and Twitter tags, feeds, and a
 * brief's NewsArticle structured data; absolute addresses only with a base URL.
 */
class MetadataTest {
  private static Document page(Path site, String path) throws Exception {
    return Jsoup.parse(site.resolve(path).toFile(), "UTF-8");
  }

  private static String meta(Document doc, String property) {
    return doc.select("meta[property=" + property + "], meta[name=" + property + "]").attr("content");
  }

  @Test
  void publishedBriefHasCanonicalPreviewsAndNewsArticle() throws Exception {
    Document doc = page(SampleBuild.published(), "dell/fy2026-q1/index.html");
    String url = SampleBuild.BASE_URL + "dell/fy2026-q1/";
    assertThat(doc.title()).startsWith("Dell Q1 FY2026: Dell's AI server backlog hits a record $14.4 billion");
    assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(url);
    assertThat(meta(doc, "og:url")).isEqualTo(url);
    assertThat(meta(doc, "og:type")).isEqualTo("article");
    assertThat(meta(doc, "og:title")).isEqualTo(doc.title());
    assertThat(meta(doc, "og:description")).isEqualTo(meta(doc, "description")).startsWith("Dell's Q1 FY2026 revenue of $23.4 billion");
    assertThat(meta(doc, "article:published_time")).isEqualTo("2025-05-29");
    assertThat(meta(doc, "twitter:card")).isIn("summary", "summary_large_image");
    assertThat(doc.select("link[rel=alternate][type=application/atom+xml]").eachAttr("href"))
        .containsExactly("../../feed.xml", "../../dell/feed.xml");

    JsonNode ld = JsonMapper.builder().build().readTree(doc.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.path("@context").asText()).isEqualTo("https://schema.org");
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.path("headline").asText()).isEqualTo(doc.selectFirst("h1").text());
    assertThat(ld.path("description").asText()).isEqualTo(meta(doc, "description"));
    assertThat(ld.path("datePublished").asText()).isEqualTo("2025-05-29");
    assertThat(ld.path("url").asText()).isEqualTo(url);
    assertThat(ld.path("mainEntityOfPage").asText()).isEqualTo(url);
    assertThat(ld.path("publisher").path("name").asText()).isEqualTo("Earnings briefs");
    assertThat(ld.path("about").path("name").asText()).isEqualTo("Dell Technologies Inc.");
    assertThat(ld.path("about").path("tickerSymbol").asText()).isEqualTo("NYSE: DELL");
  }

  @Test
  void relativeSiteHasNoAbsoluteAddresses() throws Exception {
    Document doc = page(SampleBuild.site(), "dell/fy2026-q1/index.html");
    assertThat(doc.select("link[rel=canonical]")).isEmpty();
    assertThat(doc.select("meta[property=og:url]")).isEmpty();
    JsonNode ld = JsonMapper.builder().build().readTree(doc.selectFirst("script[type=application/ld+json]").data());
    assertThat(ld.path("@type").asText()).isEqualTo("NewsArticle");
    assertThat(ld.has("url")).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "dell/index.html", "methodology/index.html"})
  void otherPagesAreWebsitesWithCanonicalAddresses(String path) throws Exception {
    Document doc = page(SampleBuild.published(), path);
    String url = SampleBuild.BASE_URL + path.replace("index.html", "");
    assertThat(doc.select("link[rel=canonical]").attr("href")).isEqualTo(url);
    assertThat(meta(doc, "og:type")).isEqualTo("website");
    assertThat(meta(doc, "description")).isNotBlank();
    assertThat(doc.title()).isNotBlank();
    assertThat(doc.select("script")).isEmpty();
  }

  /** With a base URL the 404 page links from it, so it works at any depth. */
  @Test
  void notFoundPageLinksFromTheRoot() throws Exception {
    assertThat(page(SampleBuild.published(), "404.html").select("link[rel=stylesheet]").attr("href"))
        .isEqualTo(SampleBuild.BASE_URL + "assets/site.css");
    assertThat(page(SampleBuild.site(), "404.html").select("link[rel=stylesheet]").attr("href"))
        .isEqualTo("/assets/site.css");
    assertThat(page(SampleBuild.published(), "404.html").select("meta[name=robots]").attr("content"))
        .isEqualTo("noindex");
  }

  /** The published variant passes the HTML checker too (canonical links, og:url). */
  @ParameterizedTest
  @ValueSource(strings = {"index.html", "dell/fy2026-q1/index.html", "404.html"})
  void publishedPagesHaveNoErrors(String path) {
    assertThat(HtmlChecker.errors(SampleBuild.published().resolve(path))).as(path).isEmpty();
  }
}

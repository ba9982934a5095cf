package io.briefs.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.cli.Run;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The feeds are Atom (RFC 4287: its RELAX NG grammar and its prose rules) with and without a
 * base URL; the sitemap follows the sitemaps.org schema, lists every page and exists only with
 * a base URL.
 */
class FeedSchemaTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"feed.xml", "dell/feed.xml"})
  void publishedFeedsAreValidAtom(String feed) throws Exception {
    Path site = SampleBuild.published();
    assertThat(XmlSchemas.atom(site.resolve(feed))).as(feed).isEmpty();
    assertThat(AtomRules.check(site, feed, SampleBuild.BASE_URL)).as(feed).isEmpty();
    assertThat(Files.readString(site.resolve(feed))).contains("<id>" + SampleBuild.BASE_URL + "dell/fy2026-q1/</id>");
  }

  @ParameterizedTest
  @ValueSource(strings = {"feed.xml", "dell/feed.xml"})
  void relativeFeedsAreValidAtom(String feed) throws Exception {
    Path site = SampleBuild.site();
    assertThat(XmlSchemas.atom(site.resolve(feed))).as(feed).isEmpty();
    assertThat(AtomRules.check(site, feed, null)).as(feed).isEmpty();
    assertThat(Files.readString(site.resolve(feed))).doesNotContain("http://example", "https://example")
        .contains("<id>urn:uuid:");
  }

  @Test
  void feedsListEveryBriefNewestFirst() throws Exception {
    String feed = Files.readString(SampleBuild.published().resolve("feed.xml"));
    assertThat(Stream.of(feed.split("<entry>")).skip(1)).hasSize(8);
    assertThat(feed.indexOf("dell/fy2026-q4/")).isLessThan(feed.indexOf("dell/fy2026-q3/"));
    assertThat(feed).contains("<updated>2026-02-26T00:00:00Z</updated>",
        "<link rel=\"alternate\" type=\"application/pdf\" href=\"" + SampleBuild.BASE_URL
            + "dell/fy2026-q1/dell-fy2026-q1.pdf\"/>");
  }

  /** The checks do catch a broken feed: no id, a second HTML alternate, a link to nowhere. */
  @Test
  void brokenFeedIsCaught() throws Exception {
    String good = Files.readString(SampleBuild.published().resolve("feed.xml"), StandardCharsets.UTF_8);
    String broken = good.replaceFirst("<id>[^<]*</id>", "")
        .replaceFirst("<entry>", "<entry>\n    <link rel=\"alternate\" type=\"text/html\" href=\""
            + SampleBuild.BASE_URL + "nowhere/\"/>");
    Path site = Files.createDirectories(dir.resolve("site"));
    Files.writeString(site.resolve("feed.xml"), broken);
    assertThat(XmlSchemas.atom(site.resolve("feed.xml"))).isNotEmpty();
    Files.writeString(site.resolve("feed.xml"), good.replaceFirst("<entry>", "<entry>\n    <link rel=\"alternate\""
        + " type=\"text/html\" href=\"" + SampleBuild.BASE_URL + "nowhere/\"/>"));
    assertThat(XmlSchemas.atom(site.resolve("feed.xml"))).isEmpty();
    assertThat(AtomRules.check(site, "feed.xml", SampleBuild.BASE_URL))
        .anyMatch(p -> p.startsWith("two alternate links"))
        .anyMatch(p -> p.contains("nowhere/"));
  }

  @Test
  void sitemapIsValidAndListsEveryPage() throws Exception {
    Path site = SampleBuild.published();
    Path sitemap = site.resolve("sitemap.xml");
    assertThat(XmlSchemas.sitemap(sitemap)).isEmpty();
    String xml = Files.readString(sitemap);
    List<String> locs = Stream.of(xml.split("<loc>")).skip(1).map(s -> s.substring(0, s.indexOf("</loc>"))).toList();
    // home, the company page, eight briefs, methodology: every page but the 404
    assertThat(locs).hasSize(11).doesNotHaveDuplicates().allMatch(l -> l.startsWith(SampleBuild.BASE_URL))
        .contains(SampleBuild.BASE_URL, SampleBuild.BASE_URL + "dell/", SampleBuild.BASE_URL + "dell/fy2026-q1/",
            SampleBuild.BASE_URL + "methodology/");
    for (String loc : locs) {
      String path = loc.substring(SampleBuild.BASE_URL.length());
      assertThat(site.resolve(path + "index.html")).as(loc).isRegularFile();
    }
    assertThat(xml).contains("<lastmod>2025-05-29</lastmod>");
  }

  @Test
  void sitemapSchemaCatchesRelativeAddresses() throws Exception {
    String xml = Files.readString(SampleBuild.published().resolve("sitemap.xml"))
        .replace("<loc>" + SampleBuild.BASE_URL, "<loc>");
    Path broken = dir.resolve("sitemap.xml");
    Files.writeString(broken, xml);
    assertThat(XmlSchemas.sitemap(broken)).anyMatch(m -> m.contains("dell/fy2026-q1/") && m.contains("tLoc"));
  }

  @Test
  void withoutBaseUrlThereIsNoSitemapAndTheBuildSaysSo() {
    assertThat(SampleBuild.site().resolve("sitemap.xml")).doesNotExist();
    Run run = Run.of("build", "--out", dir.resolve("site").toString());
    assertThat(run.code()).isZero();
    // a note on the site as a whole, once, with no invented file position
    assertThat(run.err()).containsOnlyOnce("briefs: note: no --base-url: sitemap.xml is not written")
        .doesNotContain(":0:0").doesNotContain("warning");
    Run quiet = Run.of("build", "--quiet", "--force", "--out", dir.resolve("site").toString());
    assertThat(quiet.code()).isZero();
    assertThat(quiet.err()).doesNotContain("base-url");
  }

  @Test
  void badBaseUrlIsAUsageError() {
    for (String bad : List.of("example.com", "ftp://example.com/", "https://example.com/?q=1", "https:///x")) {
      Run run = Run.of("build", "--out", dir.resolve("site").toString(), "--base-url", bad);
      assertThat(run.code()).as(bad).isEqualTo(2);
      assertThat(run.err()).as(bad).contains("--base-url");
    }
  }
}

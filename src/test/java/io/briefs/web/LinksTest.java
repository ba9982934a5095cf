package io.briefs.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The site works from {@code file://}, a sub-folder or any host: every link and resource of every
 * page is relative and leads to a file of the site (and its #fragment to an element); nothing
 * is fetched from elsewhere; only links a reader follows (sources) may leave the site.
 */
class LinksTest {
  private static List<Path> pages(Path site) throws Exception {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  @Test
  void everyInternalLinkLeadsToAFileOfTheSite() throws Exception {
    Path site = SampleBuild.site();
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path page : pages(site)) {
      if (page.getFileName().toString().equals("404.html")) {
        continue; // linked from the server's root, checked in MetadataTest
      }
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element e : doc.select("a[href], link[href], img[src], script[src], source[src]")) {
        String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        if (ref.startsWith("https://") || ref.startsWith("http://") || ref.startsWith("mailto:")) {
          continue;
        }
        checked++;
        String problem = resolve(site, page, ref);
        if (problem != null) {
          broken.add(site.relativize(page) + ": " + ref + " " + problem);
        }
      }
    }
    assertThat(broken).isEmpty();
    assertThat(checked).isGreaterThan(150);
  }

  /** Null when the reference leads to a file (and its fragment to an element), else why not. */
  private static String resolve(Path site, Path page, String ref) throws Exception {
    URI uri = URI.create(ref);
    if (uri.isAbsolute() || ref.startsWith("/")) {
      return "is not relative";
    }
    Path target = uri.getPath().isEmpty() ? page : page.getParent().resolve(uri.getPath()).normalize();
    if (!target.startsWith(site)) {
      return "leaves the site";
    }
    if (!Files.isRegularFile(target)) {
      return "leads to no file (a folder link would show a listing from file://)";
    }
    if (uri.getFragment() != null
        && Jsoup.parse(target.toFile(), "UTF-8").getElementById(uri.getFragment()) == null) {
      return "names no element";
    }
    return null;
  }

  @Test
  void nothingIsFetchedFromElsewhere() throws Exception {
    for (Path site : List.of(SampleBuild.site(), SampleBuild.published())) {
      for (Path page : pages(site)) {
        Document doc = Jsoup.parse(page.toFile(), "UTF-8");
        List<String> fetched = new ArrayList<>();
        doc.select("link[rel=stylesheet], link[rel=icon], script[src], img[src], iframe, object[data], "
            + "source, video, audio").forEach(e -> fetched.add(e.hasAttr("src") ? e.attr("src") : e.attr("href")));
        // the published 404 page addresses the site itself absolutely (it is served at any depth)
        List<String> elsewhere = fetched.stream().filter(ref -> !ref.startsWith(SampleBuild.BASE_URL)).toList();
        assertThat(elsewhere).as(page.toString()).noneMatch(ref -> ref.startsWith("http") || ref.startsWith("//"));
        assertThat(doc.select("[style*=url(]")).as(page.toString()).isEmpty();
      }
    }
    String css = Files.readString(Path.of("templates/assets/site.css"), StandardCharsets.UTF_8);
    assertThat(css).doesNotContain("@import", "http:", "https:", "//fonts");
    assertThat(Stream.of(css.split("url\\(\"")).skip(1)).isNotEmpty().allMatch(u -> u.startsWith("fonts/"));
  }

  @Test
  void noPageNeedsJavaScript() throws Exception {
    for (Path page : pages(SampleBuild.site())) {
      Document doc = Jsoup.parse(page.toFile(), "UTF-8");
      assertThat(doc.select("script:not([type=application/ld+json]), noscript, [onclick], [onload]"))
          .as(page.toString()).isEmpty();
    }
  }
}

package io.briefs.mail;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import jakarta.mail.Part;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code briefs mail} writes one RFC 5322 message per selected brief into the site's mail folder,
 * to no recipient (the site is public) and dated by the brief; Jakarta Mail reads each back into a
 * text part, an HTML part with inlined CSS and embedded chart images, and the brief's PDF; the same
 * inputs give the same bytes.
 */
class MailCommandTest {
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1748476800");
  private static Path site;
  private static byte[] eml;

  @BeforeAll
  static void build(@TempDir Path dir) throws Exception {
    site = dir.resolve("site");
    Run run = Run.of(ENV, "mail", "--out", site.toString(), "--company", "dell", "--period", "fy2026-q1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("built 8 briefs", "wrote 1 message");
    eml = Files.readAllBytes(site.resolve("mail/dell-fy2026-q1.eml"));
  }

  @Test
  void onlyTheSelectedBriefGetsAMessageAndTheSiteIsBuilt() throws Exception {
    try (var files = Files.list(site.resolve("mail"))) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("dell-fy2026-q1.eml");
    }
    assertThat(site.resolve("dell/fy2026-q1/dell-fy2026-q1.pdf")).exists();
    assertThat(Files.readString(site.resolve(".briefs-manifest"))).contains("mail/dell-fy2026-q1.eml");
  }

  @Test
  void headersAreCompleteAndFixedByTheContent() throws Exception {
    MailParts mail = MailParts.parse(eml);
    assertThat(mail.message().getHeader("Date", null)).isEqualTo("Thu, 29 May 2025 00:00:00 +0000");
    // no sender configured: the site's name at a placeholder address (sending needs a real one)
    assertThat(mail.message().getFrom()[0].toString()).isEqualTo("Earnings briefs <briefs@localhost>");
    assertThat(mail.message().getHeader("To", null)).isEqualTo("undisclosed-recipients:;");
    assertThat(mail.message().getSubject())
        .isEqualTo("Dell Q1 FY2026: Dell's AI server backlog hits a record $14.4 billion while non-GAAP EPS misses estimates");
    assertThat(mail.message().getMessageID()).matches("<[0-9a-f]{32}\\.dell-fy2026-q1@localhost>");
    assertThat(mail.message().getContentType()).contains("boundary=\"=_briefs_");
  }

  @Test
  void partsAreTextHtmlWithImagesAndThePdf() throws Exception {
    MailParts mail = MailParts.parse(eml);
    assertThat(mail.tree()).containsExactly("multipart/mixed", "  multipart/alternative", "    text/plain",
        "    multipart/related", "      text/html", "      image/png", "      image/png", "      image/png",
        "      image/png", "      image/png", "  application/pdf"); // one image per chart of the brief
    assertThat(mail.text()).contains("Revenue rose 5% from a year earlier to $23.4 billion",
        "reaffirmed revenue of $101 billion to $105 billion", "The full brief is attached as a PDF (dell-fy2026-q1.pdf)");
    // wrapped at 72 columns, except a URL, which must stay whole to be followed
    assertThat(mail.text().lines().filter(l -> !l.contains("://")))
        .allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(72));
    assertThat(mail.pdf().getFileName()).isEqualTo("dell-fy2026-q1.pdf");
    assertThat(mail.pdf().getDisposition()).isEqualTo(Part.ATTACHMENT);
    assertThat(MailParts.bytes(mail.pdf())).isEqualTo(Files.readAllBytes(site.resolve("dell/fy2026-q1/dell-fy2026-q1.pdf")));
  }

  @Test
  void htmlHasInlinedStylesAndEmbeddedImages() throws Exception {
    MailParts mail = MailParts.parse(eml);
    Document html = Jsoup.parse(mail.html());
    assertThat(html.select("style, link")).isEmpty();
    assertThat(html.selectFirst("h1").attr("style")).contains("font-size: 24px");
    assertThat(html.selectFirst("table.figures td").attr("style")).contains("text-align: right");
    assertThat(html.text()).contains("ISG operating income jumped 36% to $998 million");
    var img = html.selectFirst("img");
    assertThat(img.attr("alt")).startsWith("Revenue rose 5% from a year earlier to $23.4 billion in Q1 FY2026");
    assertThat(img.attr("src")).startsWith("cid:");
    Part image = mail.images().get(0);
    assertThat(image.getHeader("Content-ID")[0]).isEqualTo("<" + img.attr("src").substring(4) + ">");
    byte[] png = MailParts.bytes(image);
    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
    assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png)).getWidth()).isEqualTo(1200);
  }

  @Test
  void sameInputsGiveTheSameMessageBytes(@TempDir Path dir) throws Exception {
    Path again = dir.resolve("site");
    Run run = Run.of(ENV, "mail", "--out", again.toString(), "--company", "dell", "--period", "FY2026-Q1");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readAllBytes(again.resolve("mail/dell-fy2026-q1.eml"))).isEqualTo(eml);
  }

  @Test
  void eachStyleRuleThatCannotBeInlinedIsAWarningAtItsLine(@TempDir Path dir) throws Exception {
    Path templates = dir.resolve("templates");
    io.briefs.cli.Trees.copy(Path.of("templates"), templates);
    Path template = templates.resolve("mail.ftlh");
    Files.writeString(template, Files.readString(template).replace("  </style>",
        "    @media (max-width: 480px) { .wrapper { padding: 12px 8px; } }\n    a:hover { color: #084a8c; }\n  </style>"));
    Run run = Run.of(ENV, "mail", "--out", dir.resolve("site").toString(), "--templates", templates.toString(),
        "--company", "dell", "--period", "FY2026-Q1");
    assertThat(run.code()).as(run.err()).isZero();
    int line = Files.readAllLines(template).indexOf("    @media (max-width: 480px) { .wrapper { padding: 12px 8px; } }") + 1;
    assertThat(run.err()).contains(template + ":" + line + ":5: warning: the style rule `@media (max-width: 480px) {"
        + " .wrapper { padding: 12px 8px; } }` cannot be inlined (mail clients drop style sheets) and is left out of"
        + " the messages", template + ":" + (line + 1) + ":5: warning: the style rule `a:hover { color: #084a8c }`");
    // the rules that can be inlined still are
    Document html = Jsoup.parse(MailParts.parse(Files.readAllBytes(dir.resolve("site/mail/dell-fy2026-q1.eml"))).html());
    assertThat(html.selectFirst("h1").attr("style")).contains("font-size: 24px");
    assertThat(html.select("style")).isEmpty();
  }

  @Test
  void recipientsAreForSendingOnly(@TempDir Path dir) {
    Run run = Run.of(ENV, "mail", "--out", dir.resolve("site").toString(), "--to", "client@example.com");
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err()).contains("--to and --to-file are for sending (--smtp) or --dry-run");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void aSelectionThatMatchesNothingFails(@TempDir Path dir) {
    Run run = Run.of(ENV, "mail", "--out", dir.resolve("site").toString(), "--company", "nosuch");
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("no brief matches --company nosuch");
  }
}

package io.briefs.mail;

import io.briefs.pipeline.BriefDocuments;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.PngCharts;
import io.briefs.render.TemplateError;
import io.briefs.render.Templates;
import io.briefs.site.SitePaths;
import jakarta.activation.DataHandler;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Makes a brief's mail message: multipart/mixed holding multipart/alternative (a plain-text part,
 * and multipart/related with the HTML part, CSS inlined, and its charts as PNG parts referred to
 * by {@code cid:}) and the PDF attached. Every header and boundary is derived from the content
 * and the brief's date, so the same brief always gives the same bytes.
 */
public final class BriefMail {
  /** Shown size of a chart in the HTML part, in CSS pixels (the web page's proportions). */
  static final int CHART_WIDTH = 600;
  static final int CHART_HEIGHT = CHART_WIDTH * ChartTheme.HEIGHT / ChartTheme.WIDTH;
  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);

  private final Templates templates;
  private final ChartTheme theme;
  private final InternetAddress from;
  private final List<InternetAddress> to;
  private final Session session = Session.getInstance(new Properties());

  /** Messages from {@code from} to {@code to} (none: "undisclosed-recipients"). */
  public BriefMail(Templates templates, ChartTheme theme, InternetAddress from, List<InternetAddress> to) {
    this.templates = templates;
    this.theme = theme;
    this.from = from;
    this.to = List.copyOf(to);
  }

  /** A message and the name it is reported and saved under ({@code dell-fy2026-q1}). */
  public record Composed(String name, MimeMessage message) {
    /** The message as RFC 5322 bytes, CRLF line ends. */
    public byte[] bytes() throws IOException, MessagingException {
      ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
      message.writeTo(out);
      return out.toByteArray();
    }
  }

  /** Composes the message of one brief. */
  public Composed compose(BriefDocuments brief) throws TemplateError, MailException, MessagingException {
    String id = brief.company().id();
    String name = id + "-" + brief.quarter().period().slug();
    String pdfName = SitePaths.pdfName(id, brief.quarter().period());
    Map<MailPage.MailChart, byte[]> images = new LinkedHashMap<>();
    for (ChartSpec spec : brief.charts()) {
      String contentId = "chart-" + spec.id() + "." + name + "@briefs";
      images.put(new MailPage.MailChart(spec.title(), spec.descriptionText(), contentId, CHART_WIDTH, CHART_HEIGHT),
          PngCharts.render(spec, theme, brief.numbers(), CHART_WIDTH, CHART_HEIGHT));
    }
    String html = html(new MailPage(brief.page(), new ArrayList<>(images.keySet()), pdfName));
    String text = MailText.of(brief.page(), pdfName);
    String subject = brief.page().title();
    String hash = hash(subject, text, html, images.values(), brief.pdf());
    String boundary = "=_briefs_" + hash.substring(0, 24) + "_";
    MimeMultipart related = new FixedBoundary("related", boundary + "related");
    related.addBodyPart(textPart(html, "html"));
    for (Map.Entry<MailPage.MailChart, byte[]> image : images.entrySet()) {
      related.addBodyPart(image(image.getKey(), image.getValue()));
    }
    MimeMultipart alternative = new FixedBoundary("alternative", boundary + "alternative");
    alternative.addBodyPart(textPart(text, "plain"));
    alternative.addBodyPart(wrap(related));
    MimeMultipart mixed = new FixedBoundary("mixed", boundary + "mixed");
    mixed.addBodyPart(wrap(alternative));
    mixed.addBodyPart(pdf(brief.pdf(), pdfName));
    MimeMessage message = new StableMessage(session, "<" + hash.substring(0, 32) + "." + name + "@briefs>");
    message.setFrom(from);
    if (to.isEmpty()) {
      message.setHeader("To", "undisclosed-recipients:;");
    } else {
      message.setRecipients(RecipientType.TO, to.toArray(new InternetAddress[0]));
    }
    message.setSubject(subject, "UTF-8");
    // set as text: setSentDate would format it in the machine's time zone
    message.setHeader("Date", RFC_5322.format(brief.date().atOffset(ZoneOffset.UTC)));
    message.setContent(mixed);
    message.saveChanges();
    return new Composed(name, message);
  }

  private String html(MailPage page) throws TemplateError, MailException {
    Document doc = Jsoup.parse(templates.render("mail.ftlh", page));
    CssInliner.inline(doc);
    doc.outputSettings().prettyPrint(false);
    return doc.outerHtml();
  }

  private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setText(text, "UTF-8", subtype);
    return part;
  }

  private static MimeBodyPart image(MailPage.MailChart chart, byte[] png) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(png, "image/png")));
    part.setContentID("<" + chart.contentId() + ">");
    part.setDisposition(Part.INLINE);
    part.setFileName(chart.contentId().substring(0, chart.contentId().indexOf('.')) + ".png");
    return part;
  }

  private static MimeBodyPart pdf(byte[] pdf, String fileName) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
    part.setDisposition(Part.ATTACHMENT);
    part.setFileName(fileName);
    return part;
  }

  private static MimeBodyPart wrap(MimeMultipart multipart) throws MessagingException {
    MimeBodyPart part = new MimeBodyPart();
    part.setContent(multipart);
    return part;
  }

  private String hash(String subject, String text, String html, Iterable<byte[]> images, byte[] pdf) {
    try {
      java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
      for (String s : List.of(from.toString(), to.toString(), subject, text, html)) {
        sha.update(s.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      images.forEach(sha::update);
      sha.update(pdf);
      return HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

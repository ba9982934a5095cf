package io.briefs.mail;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.chart.PngCharts;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.pipeline.BriefDocuments;
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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
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
 * Makes a brief's mail messages: multipart/mixed holding multipart/alternative (a plain-text part,
 * and multipart/related with the HTML part, CSS inlined, and its charts as PNG parts referred to
 * by {@code cid:}) and the PDF attached. A brief is composed once ({@link Composed}), then addressed:
 * to one recipient at a time for sending, dated when it is sent, with its Message-ID at the
 * sender's domain and the list's unsubscribe headers; or, for the site's archive, to undisclosed
 * recipients and dated by the brief, so the same brief always gives the same bytes.
 */
public final class BriefMail {
  /** Shown size of a chart in the HTML part, in CSS pixels (the web page's proportions). */
  static final int CHART_WIDTH = 600;
  static final int CHART_HEIGHT = CHART_WIDTH * ChartTheme.HEIGHT / ChartTheme.WIDTH;
  /** The template of the HTML part. */
  static final String TEMPLATE = "mail.ftlh";
  /** Stands for the recipient's address (URL-encoded) in an unsubscribe address. */
  public static final String ADDRESS = "{address}";
  private static final DateTimeFormatter RFC_5322 =
      DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);

  private final Templates templates;
  private final Path templatesDir;
  private final ChartTheme theme;
  private final Sender sender;
  private final Session session = Session.getInstance(new Properties());
  private List<Diagnostic> warnings;

  /**
   * Who the messages come from and how a recipient leaves the list.
   *
   * @param unsubscribe {@code mailto:} and {@code https:} addresses, in which {@link #ADDRESS}
   *     stands for the recipient's address; may be empty
   */
  public record Sender(InternetAddress from, List<String> unsubscribe) {
    /** Copies the list. */
    public Sender {
      unsubscribe = List.copyOf(unsubscribe);
    }

    /** The domain of the sender's address: Message-IDs are made there. */
    String domain() {
      String address = from.getAddress();
      return address.substring(address.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
    }
  }

  /** Messages made with the templates in {@code templatesDir}, from {@code sender}. */
  public BriefMail(Templates templates, Path templatesDir, ChartTheme theme, Sender sender) {
    this.templates = templates;
    this.templatesDir = templatesDir;
    this.theme = theme;
    this.sender = sender;
  }

  /**
   * A brief's message before it is addressed.
   *
   * @param name the name it is reported and saved under ({@code dell-fy2026-q1})
   * @param briefDate the brief's date stamp, the date of its archived message
   */
  public final class Composed {
    private final String name;
    private final String subject;
    private final String text;
    private final String html;
    private final Map<MailPage.MailChart, byte[]> images;
    private final byte[] pdf;
    private final String pdfName;
    private final String hash;
    private final Instant briefDate;

    private Composed(String name, String subject, String text, String html, Map<MailPage.MailChart, byte[]> images,
        byte[] pdf, String pdfName, Instant briefDate) {
      this.name = name;
      this.subject = subject;
      this.text = text;
      this.html = html;
      this.images = images;
      this.pdf = pdf;
      this.pdfName = pdfName;
      this.briefDate = briefDate;
      this.hash = hash(subject, text, html, images.values(), pdf);
    }

    /** The name it is reported and saved under ({@code dell-fy2026-q1}). */
    public String name() {
      return name;
    }

    /**
     * The message for the site's archive: to undisclosed recipients, dated by the brief, its
     * Message-ID from the content; the unsubscribe headers only when they name no recipient.
     */
    public MimeMessage archived() throws MessagingException {
      MimeMessage m = message("<" + hash.substring(0, 32) + "." + name + "@" + sender.domain() + ">", briefDate);
      m.setHeader("To", "undisclosed-recipients:;");
      if (sender.unsubscribe().stream().noneMatch(u -> u.contains(ADDRESS))) {
        unsubscribeHeaders(m, null);
      }
      m.saveChanges();
      return m;
    }

    /** The message to one recipient, sent at {@code sentAt}, with the list's unsubscribe headers. */
    public MimeMessage to(InternetAddress recipient, Instant sentAt) throws MessagingException {
      String id = sha256(hash + "\0" + recipient.getAddress().toLowerCase(Locale.ROOT) + "\0" + sentAt.toEpochMilli());
      MimeMessage m = message("<" + id.substring(0, 32) + "." + name + "@" + sender.domain() + ">", sentAt);
      m.setRecipient(RecipientType.TO, recipient);
      unsubscribeHeaders(m, recipient);
      m.saveChanges();
      return m;
    }

    private MimeMessage message(String messageId, Instant date) throws MessagingException {
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
      mixed.addBodyPart(pdfPart(pdf, pdfName));
      MimeMessage message = new StableMessage(session, messageId);
      message.setFrom(sender.from());
      message.setSubject(subject, "UTF-8");
      // set as text: setSentDate would format it in the machine's time zone
      message.setHeader("Date", RFC_5322.format(date.atOffset(ZoneOffset.UTC)));
      message.setContent(mixed);
      return message;
    }
  }

  /**
   * {@code List-Unsubscribe} (RFC 2369) with every address, the recipient's put in where asked,
   * and {@code List-Unsubscribe-Post} (RFC 8058, one-click) when one of them is https.
   *
   * @param recipient null for a message to no one in particular
   */
  private void unsubscribeHeaders(MimeMessage m, InternetAddress recipient) throws MessagingException {
    if (sender.unsubscribe().isEmpty()) {
      return;
    }
    List<String> uris = new ArrayList<>();
    for (String u : sender.unsubscribe()) {
      uris.add("<" + (recipient == null ? u
          : u.replace(ADDRESS, URLEncoder.encode(recipient.getAddress(), StandardCharsets.UTF_8))) + ">");
    }
    m.setHeader("List-Unsubscribe", String.join(", ", uris));
    if (sender.unsubscribe().stream().anyMatch(u -> u.toLowerCase(Locale.ROOT).startsWith("https:"))) {
      m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
  }

  /** The message of one brief, before it is addressed. */
  public Composed compose(BriefDocuments brief) throws TemplateError, MailException {
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
    return new Composed(name, brief.page().title(), text, html, images, brief.pdf(), pdfName, brief.date());
  }

  /**
   * The style rules of {@code mail.ftlh} that could not be inlined and were left out of the
   * messages, one warning each at its line in the template (known once a message was composed).
   */
  public synchronized List<Diagnostic> warnings() {
    return warnings == null ? List.of() : warnings;
  }

  /** A message as RFC 5322 bytes, CRLF line ends. */
  public static byte[] bytes(MimeMessage message) throws IOException, MessagingException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
    message.writeTo(out);
    return out.toByteArray();
  }

  private String html(MailPage page) throws TemplateError, MailException {
    Document doc = Jsoup.parse(templates.render(TEMPLATE, page));
    List<String> dropped = CssInliner.inline(doc);
    synchronized (this) {
      if (warnings == null) {
        warnings = locate(dropped);
      }
    }
    doc.outputSettings().prettyPrint(false);
    return doc.outerHtml();
  }

  /** A warning per rule left out, at the line and column where the template has it. */
  private List<Diagnostic> locate(List<String> dropped) {
    Path file = templatesDir.resolve(TEMPLATE);
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      lines = List.of();
    }
    List<Diagnostic> out = new ArrayList<>();
    for (String rule : dropped) {
      int brace = rule.indexOf('{');
      String key = (brace < 0 ? rule : rule.substring(0, brace)).strip();
      int line = 0;
      int column = 0;
      for (int i = 0; i < lines.size() && line == 0; i++) {
        int at = lines.get(i).indexOf(key);
        if (at >= 0) {
          line = i + 1;
          column = at + 1;
        }
      }
      String shown = rule.length() > 80 ? rule.substring(0, 77) + "..." : rule;
      out.add(new Diagnostic(file.toString(), line, column, Severity.WARNING,
          "the style rule `" + shown + "` cannot be inlined (mail clients drop style sheets) and is left out of"
              + " the messages"));
    }
    return List.copyOf(out);
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

  private static MimeBodyPart pdfPart(byte[] pdf, String fileName) throws MessagingException {
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
    MessageDigest sha = sha();
    for (String s : List.of(sender.from().toString(), subject, text, html)) {
      sha.update(s.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }
    images.forEach(sha::update);
    sha.update(pdf);
    return HexFormat.of().formatHex(sha.digest());
  }

  private static String sha256(String text) {
    return HexFormat.of().formatHex(sha().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}

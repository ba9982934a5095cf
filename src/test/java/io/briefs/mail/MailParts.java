package io.briefs.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** A message read back with Jakarta Mail: its MIME tree as lines, and the parts a reader sees. */
record MailParts(MimeMessage message, List<String> tree, String text, String html, List<Part> images, Part pdf) {

  static MailParts parse(byte[] eml) {
    try {
      return of(new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml)));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static MailParts of(MimeMessage message) throws Exception {
    Walk walk = new Walk();
    walk.visit(message, 0);
    return new MailParts(message, walk.tree, walk.text, walk.html, walk.images, walk.pdf);
  }

  /** The whole message as it travelled (RFC 5322 bytes). */
  static byte[] raw(MimeMessage message) {
    try {
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      message.writeTo(out);
      return out.toByteArray();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(Part part) {
    try (InputStream in = part.getInputStream()) {
      return in.readAllBytes();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static final class Walk {
    final List<String> tree = new ArrayList<>();
    final List<Part> images = new ArrayList<>();
    String text;
    String html;
    Part pdf;

    void visit(Part part, int depth) throws Exception {
      String type = part.getContentType().toLowerCase(java.util.Locale.ROOT).split(";")[0].strip();
      tree.add("  ".repeat(depth) + type);
      if (part.isMimeType("multipart/*")) {
        Multipart mp = (Multipart) part.getContent();
        for (int i = 0; i < mp.getCount(); i++) {
          BodyPart child = mp.getBodyPart(i);
          visit(child, depth + 1);
        }
      } else if (part.isMimeType("text/plain")) {
        text = (String) part.getContent();
      } else if (part.isMimeType("text/html")) {
        html = (String) part.getContent();
      } else if (part.isMimeType("image/*")) {
        images.add(part);
      } else if (part.isMimeType("application/pdf")) {
        pdf = part;
      }
    }
  }
}

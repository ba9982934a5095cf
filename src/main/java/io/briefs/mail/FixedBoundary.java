package io.briefs.mail;

import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.ParseException;

/**
 * A multipart whose boundary is given instead of drawn at random (Jakarta Mail's default mixes
 * in the clock and an object hash), so the same brief always gives the same message bytes.
 */
final class FixedBoundary extends MimeMultipart {

  /**
   * A {@code multipart/subtype} separated by {@code boundary}.
   *
   * @param boundary must not occur in any part: derive it from a hash of the content
   */
  FixedBoundary(String subtype, String boundary) {
    super(subtype);
    try {
      ContentType type = new ContentType(contentType);
      type.setParameter("boundary", boundary);
      contentType = type.toString();
    } catch (ParseException e) {
      throw new IllegalStateException("Jakarta Mail made an unreadable content type: " + contentType, e);
    }
  }
}

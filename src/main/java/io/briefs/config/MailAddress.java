package io.briefs.config;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * What briefs takes for a mail address, wherever one is written (the configuration's sender,
 * {@code mail --from}, a recipient list): RFC 822 as Jakarta Mail checks it strictly, with a
 * local part and a domain ({@code briefs@example.com}, {@code Research <briefs@example.com>}).
 */
public final class MailAddress {
  private MailAddress() {}

  /** The address {@code text} holds; an AddressException says why it is none. */
  public static InternetAddress parse(String text) throws AddressException {
    InternetAddress address = new InternetAddress(text.strip(), true);
    String bare = address.getAddress();
    if (bare == null || bare.indexOf('@') < 1 || bare.endsWith("@")) {
      throw new AddressException("an address needs a local part and a domain", text);
    }
    return address;
  }
}

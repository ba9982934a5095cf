package io.briefs.mail;

/** A message could not be made or sent; the message is one line, fit for the terminal. */
public final class MailException extends Exception {
  private static final long serialVersionUID = 1L;

  /** A failure described in one line. */
  public MailException(String message) {
    super(message);
  }
}

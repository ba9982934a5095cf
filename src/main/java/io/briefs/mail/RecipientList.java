package io.briefs.mail;

import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import io.briefs.config.MailAddress;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/**
 * The recipients of a mailing: addresses given on the command line and read from a file, one per
 * line ({@code Name <address>} or the bare address; blank lines and lines starting with {@code #}
 * are skipped). An address given twice gets one message; every malformed line is reported at once
 * with its line and column.
 */
public final class RecipientList {
  private final Map<String, InternetAddress> addresses = new LinkedHashMap<>();
  private final List<Diagnostic> problems = new ArrayList<>();

  /**
   * The recipients of {@code given} (each as the user typed it, from {@code --to}) and of {@code
   * file} (may be null).
   *
   * @throws IllegalArgumentException naming an address given that is malformed (a usage error)
   */
  public static RecipientList of(List<String> given, Path file) {
    RecipientList list = new RecipientList();
    for (String text : given) {
      list.add(text, "--to", 0, 0);
      if (!list.problems.isEmpty()) {
        throw new IllegalArgumentException("--to `" + text + "` is not a mail address");
      }
    }
    if (file != null) {
      list.read(file);
    }
    return list;
  }

  private void read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      problems.add(new Diagnostic(file.toString(), 0, 0, Severity.ERROR, "cannot read the recipients: "
          + (e instanceof NoSuchFileException ? "no such file" : e.getMessage())));
      return;
    }
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String text = line.strip();
      if (!text.isEmpty() && !text.startsWith("#")) {
        add(text, file.toString(), i + 1, line.indexOf(text.charAt(0)) + 1);
      }
    }
  }

  private void add(String text, String where, int line, int column) {
    try {
      InternetAddress address = MailAddress.parse(text);
      addresses.putIfAbsent(address.getAddress().toLowerCase(Locale.ROOT), address);
    } catch (AddressException e) {
      problems.add(new Diagnostic(where, line, column, Severity.ERROR, "`" + text + "` is not a mail address"));
    }
  }

  /** The addresses, each once, in the order given. */
  public List<InternetAddress> addresses() {
    return List.copyOf(addresses.values());
  }

  /** What was wrong with the input: a malformed address, an unreadable file. */
  public List<Diagnostic> problems() {
    return List.copyOf(problems);
  }
}

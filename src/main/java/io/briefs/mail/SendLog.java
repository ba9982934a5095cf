package io.briefs.mail;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The record of the messages an SMTP server accepted, one line each (brief, recipient, time,
 * Message-ID, tab-separated), written and forced to disk as each is accepted: a run that stopped
 * part-way is run again and sends only the rest. A line cut short by a crash is ignored.
 */
public final class SendLog implements AutoCloseable {
  private static final String HEADER = "# briefs mail: the messages the SMTP server accepted (brief, recipient, time,"
      + " Message-ID); a run sends none of them again. Delete the file to send them all again.\n";

  private final Path file;
  private final Map<String, String> sent;
  private FileChannel channel;

  private SendLog(Path file, Map<String, String> sent) {
    this.file = file;
    this.sent = sent;
  }

  /** The log in {@code file}, read when it exists; nothing is written until a message is recorded. */
  public static SendLog open(Path file) throws IOException {
    Map<String, String> sent = new HashMap<>();
    if (Files.exists(file)) {
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String[] f = line.split("\t", -1);
        if (!line.startsWith("#") && f.length == 4 && !f[3].isEmpty()) {
          sent.put(key(f[0], f[1]), f[2]);
        }
      }
    }
    return new SendLog(file, sent);
  }

  /** When the brief's message went to this address, or null when it has not. */
  public String sentAt(String brief, String address) {
    return sent.get(key(brief, address));
  }

  /** Records an accepted message, on disk before this returns. */
  public void record(String brief, String address, Instant at, String messageId) throws IOException {
    if (channel == null) {
      boolean fresh = !Files.exists(file) || Files.size(file) == 0;
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
      if (fresh) {
        channel.write(ByteBuffer.wrap(HEADER.getBytes(StandardCharsets.UTF_8)));
      }
    }
    String line = brief + "\t" + address + "\t" + at + "\t" + (messageId == null ? "-" : messageId) + "\n";
    channel.write(ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8)));
    channel.force(false);
    sent.put(key(brief, address), at.toString());
  }

  /** The file. */
  public Path file() {
    return file;
  }

  @Override
  public void close() throws IOException {
    if (channel != null) {
      channel.close();
    }
  }

  private static String key(String brief, String address) {
    return brief + "\t" + address.toLowerCase(Locale.ROOT);
  }
}

package io.briefs.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A scripted SMTP server on a loopback port for one connection, which offers AUTH PLAIN and,
 * when given a TLS context, STARTTLS. It accepts every login, and every message up to a number
 * (then refuses the rest with a permanent error, to test what a sender reports after a partial
 * send), and records each line the client sent and whether it came encrypted, so a test sees
 * exactly what crossed the wire.
 */
final class ScriptedSmtp implements AutoCloseable {
  /** A line the client sent, and whether the connection was encrypted then. */
  record Line(String text, boolean encrypted) {}

  private final ServerSocket socket;
  private final SSLContext tls;
  private final int accepts;
  private final Thread thread;
  private final List<Line> lines = Collections.synchronizedList(new ArrayList<>());
  private volatile int messages;

  /** A server that offers STARTTLS with {@code tls}, or no STARTTLS when it is null. */
  ScriptedSmtp(SSLContext tls) throws IOException {
    this(tls, Integer.MAX_VALUE);
  }

  /** A server without STARTTLS that accepts the first message and refuses the second. */
  static ScriptedSmtp refusingTheSecondMessage() throws IOException {
    return new ScriptedSmtp(null, 1);
  }

  private ScriptedSmtp(SSLContext tls, int accepts) throws IOException {
    this.tls = tls;
    this.accepts = accepts;
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    socket.setSoTimeout(30_000);
    thread = new Thread(this::serve, "scripted-smtp");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  /** Every line the client sent so far. */
  List<Line> lines() {
    synchronized (lines) {
      return List.copyOf(lines);
    }
  }

  /** How many messages were accepted. */
  int messages() {
    return messages;
  }

  private void serve() {
    try (Socket plain = socket.accept()) {
      plain.setSoTimeout(30_000);
      Socket current = plain;
      boolean encrypted = false;
      BufferedReader in = reader(current);
      OutputStream out = current.getOutputStream();
      reply(out, "220 localhost ESMTP scripted");
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lines.add(new Line(line, encrypted));
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
        switch (verb) {
          case "EHLO" -> reply(out, "250-localhost\r\n" + (tls != null && !encrypted ? "250-STARTTLS\r\n" : "")
              + "250 AUTH PLAIN");
          case "STAR" -> {
            reply(out, "220 go ahead");
            SSLSocket secure = (SSLSocket) tls.getSocketFactory().createSocket(current, "localhost", port(), true);
            secure.setUseClientMode(false);
            try {
              secure.startHandshake();
            } catch (IOException e) {
              lines.add(new Line("(the TLS handshake failed: " + e.getMessage() + ")", false));
              return;
            }
            current = secure;
            encrypted = true;
            in = reader(current);
            out = current.getOutputStream();
          }
          case "AUTH" -> reply(out, "235 2.7.0 accepted");
          case "DATA" -> {
            reply(out, "354 go ahead");
            for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
              // the body is not needed
            }
            if (messages < accepts) {
              messages++;
              reply(out, "250 accepted");
            } else {
              reply(out, "554 5.7.1 message refused by policy");
            }
          }
          case "QUIT" -> {
            reply(out, "221 bye");
            return;
          }
          default -> reply(out, "250 OK");
        }
      }
    } catch (IOException e) {
      // the test sees the result through the client
    }
  }

  private static BufferedReader reader(Socket s) throws IOException {
    return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
  }

  private static void reply(OutputStream out, String text) throws IOException {
    out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    socket.close();
    try {
      thread.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}

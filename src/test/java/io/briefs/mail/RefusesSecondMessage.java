package io.briefs.mail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A scripted SMTP server on a loopback port for one connection: it accepts the first message and
 * refuses the second with a permanent error, to test what a sender reports after a partial send.
 * It serves one client, times out after 30 seconds, and stops when closed.
 */
final class RefusesSecondMessage implements AutoCloseable {
  private final ServerSocket socket;
  private final Thread thread;

  RefusesSecondMessage() throws IOException {
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    socket.setSoTimeout(30_000);
    thread = new Thread(this::serve, "refuses-second-message");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    try (Socket client = socket.accept()) {
      client.setSoTimeout(30_000);
      BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
      OutputStream out = client.getOutputStream();
      reply(out, "220 localhost ESMTP test");
      int messages = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String verb = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(java.util.Locale.ROOT);
        switch (verb) {
          case "EHLO" -> reply(out, "250-localhost\r\n250 8BITMIME");
          case "DATA" -> {
            reply(out, "354 go ahead");
            for (String body = in.readLine(); body != null && !body.equals("."); body = in.readLine()) {
              // the message body is not needed
            }
            messages++;
            reply(out, messages == 1 ? "250 accepted" : "554 5.7.1 message refused by policy");
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

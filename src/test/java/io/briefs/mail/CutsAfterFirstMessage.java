package io.briefs.mail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * A relay on a loopback port in front of a real SMTP server that fails mid-list: it passes one
 * connection through until the client starts its second message (its second {@code DATA}), then
 * cuts both sides, as a server that crashed or a network that went away would.
 */
final class CutsAfterFirstMessage implements AutoCloseable {
  private final ServerSocket socket;
  private final int target;
  private final Thread thread;

  CutsAfterFirstMessage(int target) throws IOException {
    this.target = target;
    socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
    socket.setSoTimeout(30_000);
    thread = new Thread(this::serve, "cuts-after-first-message");
    thread.setDaemon(true);
    thread.start();
  }

  int port() {
    return socket.getLocalPort();
  }

  private void serve() {
    try (Socket client = socket.accept(); Socket server = new Socket(InetAddress.getLoopbackAddress(), target)) {
      Thread back = new Thread(() -> pipe(server, client), "relay-back");
      back.setDaemon(true);
      back.start();
      InputStream in = new java.io.BufferedInputStream(client.getInputStream());
      OutputStream out = server.getOutputStream();
      StringBuilder line = new StringBuilder();
      int data = 0;
      for (int b = in.read(); b >= 0; b = in.read()) {
        line.append((char) b);
        if (b == '\n') {
          if (line.toString().equalsIgnoreCase("DATA\r\n") && ++data == 2) {
            return; // both sockets close: the second message is never accepted
          }
          out.write(line.toString().getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          line.setLength(0);
        }
      }
    } catch (IOException e) {
      // the client sees the connection go
    }
  }

  private static void pipe(Socket from, Socket to) {
    try {
      from.getInputStream().transferTo(to.getOutputStream());
    } catch (IOException e) {
      // cut
    }
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

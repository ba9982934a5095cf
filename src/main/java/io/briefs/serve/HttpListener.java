package io.briefs.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.ClosedSelectorException;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small HTTP/1.1 server on one address that a slow or stalled client cannot hold. Request heads
 * are read by one thread that waits on every connection at once (a selector), so a client that
 * sends part of a request and stops holds no worker: its head must arrive whole within {@link
 * ConnectionLimits#requestTime()}, or the connection is closed. Complete requests go to a bounded pool of
 * workers; a response must be written within {@link ConnectionLimits#responseTime()}; heads are at most
 * {@link ConnectionLimits#maxHeadBytes()} long; connections beyond {@link ConnectionLimits#maxConnections()} are
 * turned away at once. Every response closes its connection. A handler may keep a response open
 * (server-sent events): it then frees its worker, and the handler answers for writing to it.
 */
final class HttpListener implements AutoCloseable {

  /**
   * The limits that keep the server answering.
   *
   * @param requestTime the time a client has to send a request's head, from its connection
   * @param responseTime the time a response (but a kept one) may take to be written
   * @param workers requests handled at once; others wait in a queue of the same length
   * @param maxConnections connections open at once, kept ones included
   */
  record ConnectionLimits(Duration requestTime, Duration responseTime, int maxHeadBytes, int workers, int maxConnections) {
    /** The limits of {@code briefs serve}. */
    static ConnectionLimits standard() {
      return new ConnectionLimits(Duration.ofSeconds(5), Duration.ofSeconds(60), 16 * 1024, 8, 128);
    }
  }

  /** A request: method, raw target path and headers (names in lower case). */
  record Request(String method, String rawPath, Map<String, String> headers) {
    /** A header's value, or null. */
    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }
  }

  /** Answers requests; runs on a worker. */
  interface Handler {
    void handle(Request request, Response response) throws IOException;
  }

  /** The response to one request. */
  final class Response {
    private final Connection connection;
    private final boolean head;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private boolean kept;

    private Response(Connection connection, boolean head) {
      this.connection = connection;
      this.head = head;
    }

    /** Sets a header of the response. */
    void header(String name, String value) {
      headers.put(name, value);
    }

    /** Sends the whole response; for HEAD, without the body. */
    void send(int status, String type, byte[] body) throws IOException {
      headers.put("Content-Type", type);
      headers.put("Content-Length", Integer.toString(body.length));
      OutputStream out = connection.out();
      out.write(head(status));
      if (!head) {
        out.write(body);
      }
      out.flush();
    }

    /**
     * Sends the head of a response whose body goes on until the connection is closed, and keeps
     * the connection open after the handler returns: the caller writes to the stream it gets and
     * closes it. No time limit applies to it any longer.
     */
    OutputStream keep(int status, String type) throws IOException {
      headers.put("Content-Type", type);
      OutputStream out = connection.out();
      out.write(head(status));
      out.flush();
      kept = true;
      connection.deadline = Long.MAX_VALUE;
      return new OutputStream() {
        @Override
        public void write(int b) throws IOException {
          out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
          out.flush();
        }

        @Override
        public void close() {
          connection.close();
        }
      };
    }

    /** Closes a kept response if a write to it takes longer than {@code limit}; see {@link #written()}. */
    void writing(Duration limit) {
      connection.deadline = System.nanoTime() + limit.toNanos();
    }

    /** A write to a kept response finished: no time limit until the next one. */
    void written() {
      connection.deadline = Long.MAX_VALUE;
    }

    private byte[] head(int status) {
      StringBuilder h = new StringBuilder("HTTP/1.1 ").append(status).append(' ').append(reason(status))
          .append("\r\n");
      headers.forEach((k, v) -> h.append(k).append(": ").append(v).append("\r\n"));
      h.append("Connection: close\r\n\r\n");
      return h.toString().getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /** An accepted connection, its request head so far, and when it must be done with its current step. */
  private static final class Connection {
    final SocketChannel channel;
    final ByteArrayOutputStream head = new ByteArrayOutputStream(512);
    final ByteBuffer buffer = ByteBuffer.allocate(2048);
    volatile long deadline;

    Connection(SocketChannel channel, long deadline) {
      this.channel = channel;
      this.deadline = deadline;
    }

    /** Reads what has arrived; the request once its head is complete, else null. */
    Request readSome(int maxBytes) throws IOException {
      buffer.clear();
      int n = channel.read(buffer);
      if (n < 0) {
        throw new IOException("closed by the client");
      }
      head.write(buffer.array(), 0, n);
      String text = head.toString(StandardCharsets.ISO_8859_1);
      int end = text.indexOf("\r\n\r\n");
      if (end < 0) {
        if (head.size() > maxBytes) {
          throw new BadRequest(431, "request header fields too large");
        }
        return null;
      }
      if (end > maxBytes) {
        throw new BadRequest(431, "request header fields too large");
      }
      return parse(text.substring(0, end));
    }

    OutputStream out() {
      return Channels.newOutputStream(channel);
    }

    void close() {
      try {
        channel.close();
      } catch (IOException e) {
        // closed already
      }
    }
  }

  private final ServerSocketChannel server;
  private final Selector selector;
  private final Handler handler;
  private final ConnectionLimits limits;
  private final ThreadPoolExecutor workers;
  private final ScheduledExecutorService reaper;
  private final Set<Connection> open = ConcurrentHashMap.newKeySet();
  private final Queue<Connection> accepted = new ConcurrentLinkedQueue<>();
  private final Thread acceptor;
  private final Thread reader;

  private HttpListener(ServerSocketChannel server, Handler handler, ConnectionLimits limits) throws IOException {
    this.server = server;
    this.selector = Selector.open();
    this.handler = handler;
    this.limits = limits;
    AtomicInteger n = new AtomicInteger();
    this.workers = new ThreadPoolExecutor(limits.workers(), limits.workers(), 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(limits.workers()), r -> daemon(r, "briefs-serve-" + n.incrementAndGet()));
    this.reaper = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "briefs-serve-timeouts"));
    this.acceptor = daemon(this::accept, "briefs-serve-accept");
    this.reader = daemon(this::readHeads, "briefs-serve-read");
  }

  /** Listens on {@code address} at {@code port} (0 picks a free one). */
  static HttpListener start(InetAddress address, int port, Handler handler, ConnectionLimits limits) throws IOException {
    ServerSocketChannel channel = ServerSocketChannel.open();
    try {
      channel.bind(new InetSocketAddress(address, port), 64);
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    HttpListener listener = new HttpListener(channel, handler, limits);
    listener.reaper.scheduleAtFixedRate(listener::reap, 100, 100, TimeUnit.MILLISECONDS);
    listener.reader.start();
    listener.acceptor.start();
    return listener;
  }

  /** The port it listens on. */
  int port() {
    return server.socket().getLocalPort();
  }

  private void accept() {
    while (server.isOpen()) {
      SocketChannel channel;
      try {
        channel = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      Connection c = new Connection(channel, System.nanoTime() + limits.requestTime().toNanos());
      if (open.size() >= limits.maxConnections()) {
        refuse(c);
        continue;
      }
      open.add(c);
      accepted.add(c);
      selector.wakeup();
    }
  }

  /** Reads every connection's request head as its bytes come, and hands complete ones to a worker. */
  private void readHeads() {
    try {
      while (selector.isOpen()) {
        for (Connection c = accepted.poll(); c != null; c = accepted.poll()) {
          try {
            c.channel.configureBlocking(false);
            c.channel.register(selector, SelectionKey.OP_READ, c);
          } catch (IOException e) {
            drop(c);
          }
        }
        selector.select(100);
        List<SelectionKey> ready = new ArrayList<>(selector.selectedKeys());
        selector.selectedKeys().clear();
        List<Runnable> handOver = new ArrayList<>();
        for (SelectionKey key : ready) {
          Connection c = (Connection) key.attachment();
          try {
            Request request = c.readSome(limits.maxHeadBytes());
            if (request != null) {
              key.cancel();
              handOver.add(() -> dispatch(c, request));
            }
          } catch (BadRequest e) {
            key.cancel();
            handOver.add(() -> answer(c, e));
          } catch (IOException e) {
            key.cancel();
            drop(c); // closed by the client, or by the reaper
          }
        }
        if (!handOver.isEmpty()) {
          selector.selectNow(); // the cancelled keys go, so their channels may block again
          handOver.forEach(Runnable::run);
        }
      }
    } catch (IOException | ClosedSelectorException e) {
      // closed
    }
  }

  /** Hands a complete request to a worker; a full pool answers 503 at once. */
  private void dispatch(Connection c, Request request) {
    try {
      c.channel.configureBlocking(true);
      c.deadline = System.nanoTime() + limits.responseTime().toNanos();
      workers.execute(() -> serve(c, request));
    } catch (IOException e) {
      drop(c);
    } catch (RejectedExecutionException e) {
      open.remove(c);
      refuse(c);
    }
  }

  /**
   * Too busy: says so without reading the request, and closes a moment later (closing at once,
   * with the request unread, would reset the connection before the client read the answer).
   */
  private void refuse(Connection c) {
    try {
      c.channel.configureBlocking(true);
      c.channel.write(ByteBuffer.wrap(("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
          + "Content-Length: 0\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1)));
      c.channel.shutdownOutput();
      if (closing.incrementAndGet() <= limits.maxConnections()) {
        reaper.schedule(() -> {
          closing.decrementAndGet();
          c.close();
        }, 1, TimeUnit.SECONDS);
        return;
      }
      closing.decrementAndGet();
    } catch (IOException | RejectedExecutionException e) {
      // the client went away already, or the server is closing
    }
    c.close();
  }

  private final AtomicInteger closing = new AtomicInteger();

  private void answer(Connection c, BadRequest e) {
    try {
      c.channel.configureBlocking(true);
      c.deadline = System.nanoTime() + limits.responseTime().toNanos();
      workers.execute(() -> {
        try {
          new Response(c, false).send(e.status, "text/plain; charset=utf-8",
              (e.getMessage() + "\n").getBytes(StandardCharsets.UTF_8));
          // what the client still sends is read and dropped for a moment, so that closing does not
          // reset the connection before it has read the answer
          c.channel.shutdownOutput();
          c.deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
          ByteBuffer sink = ByteBuffer.allocate(8192);
          for (int read = 0, n = 0; n >= 0 && read < 1024 * 1024; read += n) {
            sink.clear();
            n = c.channel.read(sink);
          }
        } catch (IOException ignored) {
          // the client went away, or the moment is over
        } finally {
          drop(c);
        }
      });
    } catch (IOException | RejectedExecutionException ex) {
      drop(c);
    }
  }

  private void drop(Connection c) {
    open.remove(c);
    c.close();
  }

  private void serve(Connection c, Request request) {
    boolean kept = false;
    try {
      Response response = new Response(c, request.method().equals("HEAD"));
      handler.handle(request, response);
      kept = response.kept;
    } catch (IOException | RuntimeException e) {
      // the client went away, or was too slow and was closed by the reaper
    } finally {
      if (!kept) {
        drop(c);
      }
    }
  }

  /** A request the server answers itself, with this status. */
  private static final class BadRequest extends IOException {
    private static final long serialVersionUID = 1L;
    final int status;

    BadRequest(int status, String message) {
      super(message);
      this.status = status;
    }
  }

  /** Parses a request head (up to its blank line). */
  private static Request parse(String text) throws BadRequest {
    String[] lines = text.split("\r\n");
    String[] first = lines[0].split(" ");
    if (first.length != 3 || !first[2].startsWith("HTTP/1.")) {
      throw new BadRequest(400, "malformed request line");
    }
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon <= 0) {
        throw new BadRequest(400, "malformed header");
      }
      headers.putIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).strip());
    }
    String target = first[1];
    if (target.startsWith("http://") || target.startsWith("https://")) {
      int slash = target.indexOf('/', target.indexOf("//") + 2);
      target = slash < 0 ? "/" : target.substring(slash);
    }
    int query = target.indexOf('?');
    return new Request(first[0], query < 0 ? target : target.substring(0, query), headers);
  }

  /** Closes every connection past its deadline: a stalled read or write then fails at once. */
  private void reap() {
    long now = System.nanoTime();
    for (Connection c : open) {
      if (c.deadline != Long.MAX_VALUE && now - c.deadline > 0 || !c.channel.isOpen()) {
        drop(c);
      }
    }
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  private static String reason(int status) {
    return switch (status) {
      case 200 -> "OK";
      case 301 -> "Moved Permanently";
      case 400 -> "Bad Request";
      case 404 -> "Not Found";
      case 405 -> "Method Not Allowed";
      case 408 -> "Request Timeout";
      case 421 -> "Misdirected Request";
      case 431 -> "Request Header Fields Too Large";
      case 500 -> "Internal Server Error";
      case 503 -> "Service Unavailable";
      default -> "Status";
    };
  }

  @Override
  public void close() {
    try {
      server.close();
      selector.close();
    } catch (IOException e) {
      // closing anyway
    }
    open.forEach(Connection::close);
    workers.shutdownNow();
    reaper.shutdownNow();
  }
}

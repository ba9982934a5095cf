package io.briefs.build;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Reports briefs as they finish: a bar with count, rate and ETA on a terminal, one plain line per
 * brief otherwise (CI logs), nothing when quiet. Thread-safe.
 */
public interface Progress {
  /** The number of briefs about to be rendered. */
  void start(int total);

  /** One brief finished. */
  void finished(String brief);

  /** All finished. */
  void end();

  /** Reports nothing. */
  static Progress quiet() {
    return new Progress() {
      @Override
      public void start(int total) {}

      @Override
      public void finished(String brief) {}

      @Override
      public void end() {}
    };
  }

  /** A line per brief ({@code terminal} false) or a bar redrawn in place ({@code terminal} true). */
  static Progress to(PrintWriter out, boolean terminal) {
    return new Progress() {
      private int total;
      private int done;
      private long start;

      @Override
      public synchronized void start(int total) {
        this.total = total;
        this.start = System.nanoTime();
      }

      @Override
      public synchronized void finished(String brief) {
        done++;
        double seconds = (System.nanoTime() - start) / 1e9;
        double rate = seconds > 0 ? done / seconds : 0;
        if (!terminal) {
          out.printf(Locale.ROOT, "[%d/%d] %s%n", done, total, brief);
          return;
        }
        int width = 30;
        int filled = total == 0 ? width : done * width / total;
        double eta = rate > 0 ? (total - done) / rate : 0;
        out.printf(Locale.ROOT, "\r[%s%s] %d/%d  %.1f briefs/s  ETA %.0f s ", "#".repeat(filled),
            " ".repeat(width - filled), done, total, rate, eta);
        out.flush();
      }

      @Override
      public synchronized void end() {
        if (terminal && total > 0) {
          out.println();
        }
        out.flush();
      }
    };
  }
}

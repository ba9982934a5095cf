package io.briefs.pipeline;

import io.briefs.build.Futures;
import io.briefs.chart.ChartTheme;
import io.briefs.diag.BriefsException;
import io.briefs.render.Fonts;
import io.briefs.render.PdfRenderer;
import io.briefs.render.Warmup;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;

/**
 * The fonts and renderers every brief shares. They are made, and warmed up, on a thread of their
 * own while the data is read and checked: in a fresh JVM, loading their classes costs more than
 * rendering a brief, and it need not wait for the data.
 */
record RenderEngines(Fonts fonts, ChartTheme theme, PdfRenderer pdf) {

  /** Engines being made on their own thread. */
  static final class Startup {
    private final CompletableFuture<RenderEngines> future = new CompletableFuture<>();

    /** The engines, once made; an error making them is rethrown as it was. */
    RenderEngines get() throws BriefsException, IOException {
      return Futures.get(future, "the renderers to start");
    }
  }

  /**
   * Starts making the engines; with {@code warmUp}, a warm-up render runs after they are handed
   * over. It pays when workers will render several briefs each; for a brief or two it only takes
   * a core from them (a one-brief rebuild of a 1,000-brief site measured 0.3 s slower with it).
   */
  static Startup start(boolean warmUp) {
    Startup startup = new Startup();
    Thread t = new Thread(() -> {
      RenderEngines e;
      try {
        Fonts fonts = Fonts.load();
        ChartTheme theme = ChartTheme.standard();
        e = new RenderEngines(fonts, theme, new PdfRenderer(fonts, theme));
      } catch (RuntimeException | Error failure) {
        startup.future.completeExceptionally(failure);
        return;
      }
      startup.future.complete(e);
      if (warmUp) {
        Warmup.run(e.pdf(), e.theme());
      }
    }, "briefs-warmup");
    t.setDaemon(true);
    t.start();
    return startup;
  }
}

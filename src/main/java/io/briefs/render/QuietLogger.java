package io.briefs.render;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;

/**
 * openhtmltopdf's logger: prints nothing (briefs reports problems itself) but keeps warnings
 * enabled, because the renderer only produces diagnostics for levels that are logged.
 */
final class QuietLogger implements XRLogger {
  private static final QuietLogger INSTANCE = new QuietLogger();

  /** Installs the logger; the library keeps it in a static field, so this is idempotent. */
  static void install() {
    if (XRLog.getLoggerImpl() != INSTANCE) {
      XRLog.setLoggerImpl(INSTANCE);
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    // reported through the diagnostic consumer of each render
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    // reported through the diagnostic consumer of each render
  }

  @Override
  public void setLevel(String logger, Level level) {
    // fixed: warnings and above
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
  }
}

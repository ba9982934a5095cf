package io.briefs.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress is a line per brief in logs, a bar redrawn in place on a terminal. */
class ProgressTest {
  @Test
  void logsGetOneLinePerBrief() {
    StringWriter text = new StringWriter();
    Progress p = Progress.to(new PrintWriter(text), false);
    p.start(2);
    p.finished("dell FY2026-Q1");
    p.finished("dell FY2026-Q2");
    p.end();
    assertThat(text.toString().lines()).containsExactly("[1/2] dell FY2026-Q1", "[2/2] dell FY2026-Q2");
  }

  @Test
  void aTerminalGetsABarWithCountRateAndEta() {
    StringWriter text = new StringWriter();
    Progress p = Progress.to(new PrintWriter(text), true);
    p.start(4);
    p.finished("a");
    p.finished("b");
    p.end();
    String out = text.toString();
    assertThat(out).startsWith("\r[").contains("] 1/4").contains("] 2/4").contains("briefs/s").contains("ETA");
    assertThat(out.chars().filter(c -> c == '\n').count()).as("redrawn in place, one newline at the end").isEqualTo(1);
    assertThat(out).contains("#".repeat(15) + " ".repeat(15));
  }
}

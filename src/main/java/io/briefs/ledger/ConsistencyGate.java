package io.briefs.ledger;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartText;
import io.briefs.chart.Series;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.metrics.Fact;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Direction;
import io.briefs.narrative.DisplayForm;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import io.briefs.render.BriefPage;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The last check before a brief is published: every direction word agrees with the sign of its
 * metric, every displayed number is its metric at the displayed precision, and every chart's
 * table shows exactly its series. A failure stops the build with the fact and its inputs.
 */
public final class ConsistencyGate {
  private final Numbers numbers;

  /** A gate for briefs in one currency; each direction word brings its own rule of flatness. */
  public ConsistencyGate(Numbers numbers) {
    this.numbers = numbers;
  }

  /** Problems in the words of a brief and of its charts' descriptions. */
  public List<Diagnostic> check(Brief brief, List<ChartSpec> charts) {
    List<Prose> all = new ArrayList<>(brief.allProse());
    charts.forEach(c -> all.add(c.description()));
    return check(all);
  }

  /** Problems in the words of a brief. */
  public List<Diagnostic> check(Brief brief) {
    return check(brief.allProse());
  }

  private List<Diagnostic> check(List<Prose> proses) {
    List<Diagnostic> out = new ArrayList<>();
    for (Prose prose : proses) {
      for (Prose.Part part : prose.parts()) {
        if (part instanceof Prose.Num n) {
          number(n, prose, out);
        } else if (part instanceof Prose.Word w) {
          word(w, prose, out);
        }
      }
    }
    return out;
  }

  private void number(Prose.Num n, Prose in, List<Diagnostic> out) {
    if (n.shown() == DisplayForm.WRITTEN) {
      return; // commentary numbers were checked at their written precision
    }
    String expected = n.shown().format(n.fact().value(), numbers);
    if (!expected.equals(n.text())) {
      out.add(error(n.fact(), "shows \"" + n.text() + "\" for " + n.fact().id() + ", whose value "
          + plain(n.fact().value()) + " reads \"" + expected + "\": in \"" + in.text() + "\""));
    }
  }

  /** A direction word must say what its own rule of flatness says of its fact's value. */
  private void word(Prose.Word w, Prose in, List<Diagnostic> out) {
    BigDecimal v = w.fact().value();
    Direction reads = w.rule().of(v);
    if (reads != w.direction()) {
      out.add(error(w.fact(), "\"" + w.text() + "\" says " + name(w.direction()) + " but " + w.fact().id()
          + " is " + plain(v) + ", which reads " + name(reads) + ": in \"" + in.text() + "\""));
    }
  }

  private static String name(Direction d) {
    return d.name().toLowerCase(Locale.ROOT);
  }

  /** Problems between each chart's series and the table the page shows for it. */
  public List<Diagnostic> check(List<ChartSpec> charts, BriefPage page) {
    List<Diagnostic> out = new ArrayList<>();
    for (ChartSpec spec : charts) {
      BriefPage.TableView table = page.charts().stream().filter(c -> c.id().equals(spec.id()))
          .map(c -> c.table()).findFirst().orElse(null);
      if (table == null) {
        out.add(new Diagnostic(page.title(), 0, 0, Severity.ERROR, "chart " + spec.id() + " has no data table"));
        continue;
      }
      compare(spec, table, out);
    }
    return out;
  }

  private void compare(ChartSpec spec, BriefPage.TableView table, List<Diagnostic> out) {
    DisplayForm form = ChartText.format(spec, numbers);
    for (int i = 0; i < spec.categories().size(); i++) {
      BriefPage.RowView row = i < table.rows().size() ? table.rows().get(i) : null;
      for (int s = 0; s < spec.series().size(); s++) {
        Series series = spec.series().get(s);
        Fact point = series.points().get(i);
        String expected = point == null ? ChartText.GAP : ChartText.value(form, point, numbers);
        String cell = row == null || s >= row.cells().size() ? null : row.cells().get(s);
        if (row == null || !spec.categories().get(i).equals(row.label()) || !expected.equals(cell)) {
          SourceLoc at = point == null ? SourceLoc.file(spec.id()) : point.inputs().get(0);
          out.add(new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, "chart " + spec.id() + ": "
              + series.name() + " in " + spec.categories().get(i) + " is " + expected + " but its table shows "
              + (cell == null ? "nothing" : cell)));
        }
      }
    }
  }

  private static Diagnostic error(Fact fact, String message) {
    SourceLoc at = fact.inputs().isEmpty() ? SourceLoc.file("(derived)") : fact.inputs().get(0);
    return new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, "consistency: " + message);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}

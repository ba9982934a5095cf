package io.briefs.generated;

import io.briefs.chart.ChartPlanner;
import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartTheme;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.diag.Severity;
import io.briefs.ledger.ConsistencyGate;
import io.briefs.ledger.Ledger;
import io.briefs.ledger.LedgerBuilder;
import io.briefs.load.DatasetLoader;
import io.briefs.load.StyleReader;
import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.model.Quarter;
import io.briefs.narrative.Brief;
import io.briefs.narrative.BriefWriter;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Style;
import io.briefs.render.BriefPage;
import io.briefs.render.BriefPages;
import io.briefs.render.Fonts;
import io.briefs.render.Templates;
import io.briefs.validate.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Makes every brief of a data folder in-process, stage by stage as a build does (metrics, words,
 * charts, the consistency gate on words and on the page's chart tables, the page HTML for web and
 * print, the ledger) and lists every problem: an error, an exception, text no brief may show, a
 * number missing from the ledger. An empty list means the company builds.
 */
final class BriefCheck {
  /**
   * The bundled fonts, registered before any chart is drawn as a build does: a chart drawn
   * without them leaves the JVM's font lookups cached on fallbacks, which changes every later
   * drawing in the same JVM (golden SVGs, the kill test's site).
   */
  private static final Fonts FONTS = Fonts.load();
  private static final Style STYLE = style();
  private static final Templates TEMPLATES = templates();
  private static final ChartTheme THEME = ChartTheme.standard();

  private BriefCheck() {}

  /** Every problem of every brief under {@code data}, each naming its brief. */
  static List<String> problems(Path data) {
    Diagnostics d = new Diagnostics();
    Corpus corpus = new DatasetLoader(d).load(data);
    new Validator(d).validate(corpus);
    List<String> out = new ArrayList<>(errors(d.sorted()));
    for (CompanyData company : corpus.companies()) {
      for (Quarter q : company.quarters()) {
        try {
          brief(company, q).forEach(p -> out.add(q.period().label() + ": " + p));
        } catch (Exception | StackOverflowError e) {
          out.add(q.period().label() + ": " + e + "\n" + Arrays.stream(e.getStackTrace()).limit(12)
              .map(s -> "    at " + s).collect(Collectors.joining("\n")));
        }
      }
    }
    return out;
  }

  private static List<String> brief(CompanyData company, Quarter q) throws Exception {
    Numbers numbers = new Numbers(company.company().currency());
    Diagnostics d = new Diagnostics();
    BriefMetrics m = MetricsDeriver.derive(company, q);
    Brief brief = new BriefWriter(STYLE).write(m, d);
    List<ChartSpec> charts = ChartPlanner.forBrief(company, m, STYLE);
    List<String> out = new ArrayList<>(errors(d.sorted()));
    ConsistencyGate gate = new ConsistencyGate(numbers);
    out.addAll(errors(gate.check(brief, charts)));
    BriefPage page = BriefPages.of(company.company(), q, brief, charts, THEME, numbers);
    out.addAll(errors(gate.check(charts, page)));
    String html = TEMPLATES.render("brief.ftlh", page);
    TEMPLATES.render("brief.ftlh", page.forPrint());
    Ledger ledger = LedgerBuilder.of(company.company().id(), q, brief, charts, numbers, Path.of("data"));
    out.addAll(PageCheck.texts(brief, charts, page, html));
    out.addAll(PageCheck.ledger(html, ledger, company, q, numbers));
    return out;
  }

  private static List<String> errors(List<Diagnostic> diagnostics) {
    return diagnostics.stream().filter(x -> x.severity() == Severity.ERROR).map(Diagnostic::format).toList();
  }

  private static Style style() {
    Diagnostics d = new Diagnostics();
    Style s = new StyleReader(d).read(Path.of("templates/style.yaml"));
    if (s == null || d.hasErrors()) {
      throw new IllegalStateException("templates/style.yaml: " + d.sorted());
    }
    return s;
  }

  private static Templates templates() {
    try {
      return Templates.open(Path.of("templates"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

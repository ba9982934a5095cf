package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.model.FigurePath;
import java.util.ArrayList;
import java.util.List;

/** One paragraph per reporting segment: revenue, its lines, operating income, margin and share. */
final class SegmentsSection {
  private final Phrases phrases;
  private final Names names;

  SegmentsSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    List<Prose> paragraphs = new ArrayList<>();
    for (SegmentMetrics s : m.segments()) {
      Prose p = paragraph(s, m);
      if (!p.isEmpty()) {
        paragraphs.add(p);
      }
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("segments", "Segments", paragraphs);
  }

  private Prose paragraph(SegmentMetrics s, BriefMetrics m) {
    Prose.Builder b = phrases.builder();
    String name = s.segment().shortName();
    if (s.revenue() != null) {
      FigurePath path = s.revenue().path();
      phrases.change(b, name + " revenue", s.revenue(), " from a year earlier", m.record(path));
      context(b, s.revenue(), m);
      b.text(".");
    }
    lines(b, s.lines(), m);
    if (s.operatingIncome() != null) {
      if (!b.isEmpty()) {
        b.text(" ");
      }
      phrases.change(b, name + " operating income", s.operatingIncome(), "", m.record(s.operatingIncome().path()));
      context(b, s.operatingIncome(), m);
      margin(b, s);
      b.text(".");
    }
    share(b, name, s);
    return b.build();
  }

  /** A record for the fiscal quarter, a high with its period, or a run of annual gains (an all-time record is said inline). */
  private void context(Prose.Builder b, Measure measure, BriefMetrics m) {
    var record = m.record(measure.path());
    if (record != null && phrases.inline(record)) {
      return;
    }
    // a run of annual gains is told of revenue only: on every line it would be noise
    boolean revenue = measure.path() instanceof io.briefs.model.FigurePath.Result r
        && r.metric() == io.briefs.model.Metric.REVENUE || measure.path() instanceof io.briefs.model.FigurePath.SegmentRevenue;
    phrases.context(b, record, revenue ? m.streak(measure.path()) : null, m);
  }

  private boolean hasContext(Measure line, BriefMetrics m) {
    var record = m.record(line.path());
    return record != null && !phrases.inline(record) && (record.isRecord() || phrases.isNews(record, m));
  }

  /** "Servers and networking revenue climbed 16% to $6.3 billion and storage revenue ..." */
  private void lines(Prose.Builder b, List<Measure> lines, BriefMetrics m) {
    for (int i = 0; i < lines.size(); i++) {
      Measure line = lines.get(i);
      String name = names.of(line.path());
      if (i == 0) {
        if (!b.isEmpty()) {
          b.text(" ");
        }
        name = Names.capitalize(name);
      } else {
        // after a record's clause the list needs its comma: "..., a record for a first quarter, and ..."
        boolean clause = i > 0 && hasContext(lines.get(i - 1), m);
        b.text(i == lines.size() - 1 ? (clause ? ", and " : " and ") : ", ");
      }
      phrases.change(b, name, line, "", m.record(line.path()));
      context(b, line, m);
    }
    if (!lines.isEmpty()) {
      b.text(".");
    }
  }

  /** "; its operating margin widened to 9.7% from 8.0%" */
  private void margin(Prose.Builder b, SegmentMetrics s) {
    Fact margin = s.margin();
    Fact prior = s.marginPrior();
    if (margin == null) {
      return;
    }
    if (prior == null) {
      b.text("; its operating margin was ").num(margin, DisplayForm.PERCENT1);
      return;
    }
    FlatRule rule = new FlatRule.Between(prior, DisplayForm.PERCENT1, phrases.numbers());
    Fact change = new Fact(margin.id() + ".yoy_points", margin.value().subtract(prior.value()), margin.unit(),
        Phrases.plain(margin.value()) + " - " + Phrases.plain(prior.value()), Fact.inputs(margin, prior));
    Direction d = rule.of(change.value());
    if (d == Direction.FLAT) {
      b.text("; its operating margin ").word(change, d, "held", rule).text(" at ").num(margin, DisplayForm.PERCENT1);
      return;
    }
    b.text("; its operating margin ").word(change, d, d == Direction.UP ? "widened" : "narrowed", rule)
        .text(" to ").num(margin, DisplayForm.PERCENT1).text(" from ").num(prior, DisplayForm.PERCENT1);
  }

  /** "ISG accounted for 60% of segment operating income, up from 49% a year earlier." */
  private void share(Prose.Builder b, String name, SegmentMetrics s) {
    Fact share = s.operatingIncomeShare();
    if (share == null) {
      return;
    }
    b.text(" " + name + " accounted for ").num(share, DisplayForm.PERCENT0).text(" of segment operating income");
    Fact prior = s.operatingIncomeSharePrior();
    if (prior != null && s.operatingIncomeShareChange() != null) {
      FlatRule rule = new FlatRule.Between(prior, DisplayForm.PERCENT0, phrases.numbers());
      Direction d = rule.of(s.operatingIncomeShareChange().value());
      if (d == Direction.FLAT) {
        b.text(", ").word(s.operatingIncomeShareChange(), d, "unchanged", rule).text(" from a year earlier");
      } else {
        b.text(", ").word(s.operatingIncomeShareChange(), d, d == Direction.UP ? "up" : "down", rule)
            .text(" from ").num(prior, DisplayForm.PERCENT0).text(" a year earlier");
      }
    }
    b.text(".");
  }
}

package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.ChangeFacts;
import io.briefs.metrics.Fact;
import io.briefs.metrics.MarginFigure;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.SegmentEra;
import io.briefs.model.SegmentLine;
import java.util.ArrayList;
import java.util.List;

/** One paragraph per reporting segment: revenue, its lines, operating income, margin and share. */
final class SegmentsSection {
  private final Phrases phrases;
  private final Names names;
  private final StatedPhrases stated;

  SegmentsSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
    this.stated = new StatedPhrases(phrases, names);
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
    String id = s.segment().id();
    if (s.revenue() != null) {
      FigurePath path = s.revenue().path();
      phrases.change(b, name + " revenue", s.revenue(), " from a year earlier", m.record(path));
      stated.constantCurrency(b, m.changes(path));
      context(b, s.revenue(), m);
      b.text(".");
    } else {
      alone(b, m, new FigurePath.SegmentRevenue(id), name + " revenue", " from a year earlier");
    }
    lines(b, s, m);
    if (s.operatingIncome() != null) {
      if (!b.isEmpty()) {
        b.text(" ");
      }
      phrases.change(b, name + " operating income", s.operatingIncome(), "", m.record(s.operatingIncome().path()));
      stated.constantCurrency(b, m.changes(s.operatingIncome().path()));
      context(b, s.operatingIncome(), m);
      margin(b, s);
      b.text(".");
    } else {
      alone(b, m, new FigurePath.SegmentOperatingIncome(id), name + " operating income", " from a year earlier");
      if (s.margin() != null) {
        if (!b.isEmpty()) {
          b.text(" ");
        }
        stated.marginSentence(b, new MarginFigure(new FigurePath.SegmentOperatingMargin(id), s.margin(),
            s.marginPrior(), s.marginChangeBps()), name + " operating margin");
      } else {
        alone(b, m, new FigurePath.SegmentOperatingMargin(id), name + " operating margin", " from a year earlier");
      }
    }
    share(b, name, s);
    recast(b, s, m);
    return b.build();
  }

  /** A record for the fiscal quarter, a high with its period, or a run of annual gains (an all-time record is said inline). */
  private void context(Prose.Builder b, Measure measure, BriefMetrics m) {
    var record = m.record(measure.path());
    if (record != null && phrases.inline(record)) {
      return;
    }
    // a run of year-over-year gains is told of the company's revenue only: on every segment and line
    // it would be noise
    phrases.context(b, record, null, m);
  }

  private boolean hasContext(Measure line, BriefMetrics m) {
    var record = m.record(line.path());
    return record != null && !phrases.inline(record) && (record.isRecord() || phrases.isNews(record, m));
  }

  /** A figure given by its stated change alone, as a sentence; nothing when there is none. */
  private void alone(Prose.Builder b, BriefMetrics m, FigurePath path, String name, String since) {
    ChangeFacts c = m.changes(path);
    if (c == null || !c.alone()) {
      return;
    }
    if (!b.isEmpty()) {
      b.text(" ");
    }
    stated.alone(b, Names.capitalize(name), c, since);
    b.text(".");
  }

  /**
   * " Comparisons use year-earlier figures the company recast for the segment's current scope
   * (it was reported as Intelligent Edge until Q2 FY2025)." when a change against a year earlier
   * rests on figures of a segment recast since.
   */
  private void recast(Prose.Builder b, SegmentMetrics s, BriefMetrics m) {
    FiscalQuarter now = m.quarter().period();
    SegmentEra era = s.segment().recastBefore(now);
    boolean compared = hasPrior(s.revenue()) || hasPrior(s.operatingIncome());
    if (era == null || !compared || !s.segment().recastBetween(now.yearAgo(), now)) {
      return;
    }
    b.text(" Comparisons use year-earlier figures the company recast for the segment's current scope");
    if (!era.name().equals(s.segment().name())) {
      b.text(" (it was reported as " + era.name() + " until " + era.until().displayName() + ")");
    }
    b.text(".");
  }

  private static boolean hasPrior(Measure m) {
    return m != null && m.yoy() != null && m.yoy().prior() != null;
  }

  /**
   * "Servers and networking revenue climbed 16% to $6.3 billion and storage revenue ...", each
   * line by its figure or by its stated change alone, in the declared order.
   */
  private void lines(Prose.Builder b, SegmentMetrics s, BriefMetrics m) {
    List<Object> lines = new ArrayList<>();
    for (SegmentLine line : s.segment().lines()) {
      FigurePath path = new FigurePath.Line(s.segment().id(), line.id());
      Measure measure = s.lines().stream().filter(l -> l.path().equals(path)).findFirst().orElse(null);
      ChangeFacts c = m.changes(path);
      if (measure != null) {
        lines.add(measure);
      } else if (c != null && c.alone()) {
        lines.add(c);
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      Object line = lines.get(i);
      FigurePath path = line instanceof Measure x ? x.path() : ((ChangeFacts) line).path();
      String name = names.of(path);
      if (i == 0) {
        if (!b.isEmpty()) {
          b.text(" ");
        }
        name = Names.capitalize(name);
      } else {
        // after a record's clause the list needs its comma: "..., a record for a first quarter, and ..."
        boolean clause = lines.get(i - 1) instanceof Measure before && hasContext(before, m);
        b.text(i == lines.size() - 1 ? (clause ? ", and " : " and ") : ", ");
      }
      if (line instanceof Measure x) {
        phrases.change(b, name, x, "", m.record(x.path()));
        stated.constantCurrency(b, m.changes(path));
        context(b, x, m);
      } else {
        stated.alone(b, name, (ChangeFacts) line, "");
      }
    }
    if (!lines.isEmpty()) {
      b.text(".");
    }
  }

  /** "; its operating margin widened to 9.7% from 8.0%" */
  private void margin(Prose.Builder b, SegmentMetrics s) {
    if (s.margin() != null) {
      phrases.marginChange(b, "its operating margin", s.margin(), s.marginPrior(), s.marginChangeBps());
    }
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

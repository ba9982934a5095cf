package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.model.FigurePath;
import java.math.RoundingMode;
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
      phrases.change(b, name + " revenue", s.revenue(), " year over year");
      FigurePath path = s.revenue().path();
      phrases.context(b, m.record(path), m.streak(path), m);
      b.text(".");
    }
    lines(b, s.lines());
    if (s.operatingIncome() != null) {
      if (!b.isEmpty()) {
        b.text(" ");
      }
      phrases.change(b, name + " operating income", s.operatingIncome(), "");
      margin(b, s);
      b.text(".");
    }
    share(b, name, s);
    return b.build();
  }

  /** "Servers and networking revenue climbed 16% to $6.3 billion and storage revenue ..." */
  private void lines(Prose.Builder b, List<Measure> lines) {
    for (int i = 0; i < lines.size(); i++) {
      Measure line = lines.get(i);
      String name = names.of(line.path());
      if (i == 0) {
        if (!b.isEmpty()) {
          b.text(" ");
        }
        name = Names.capitalize(name);
      } else {
        b.text(i == lines.size() - 1 ? " and " : ", ");
      }
      phrases.change(b, name, line, "");
    }
    if (!lines.isEmpty()) {
      b.text(".");
    }
  }

  private void margin(Prose.Builder b, SegmentMetrics s) {
    if (s.margin() == null) {
      return;
    }
    b.text(", an operating margin of ").num(s.margin(), DisplayForm.PERCENT1);
    Fact bps = s.marginChangeBps();
    if (bps != null && bps.value().setScale(0, RoundingMode.HALF_UP).signum() != 0) {
      b.text(" (");
      phrases.upDown(b, bps);
      b.text(" ").num(bps, DisplayForm.BASIS_POINTS).text(")");
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

package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Change;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidedFigure;
import io.briefs.metrics.Measure;
import io.briefs.metrics.SegmentMetrics;
import io.briefs.metrics.Surprise;
import io.briefs.model.FigurePath;
import io.briefs.model.FiscalYear;
import io.briefs.model.GuidanceStatus;
import io.briefs.model.KpiKind;
import io.briefs.model.Metric;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The facts that compete for the headline, each with a score from the style's weights. */
final class Candidates {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final Phrases phrases;
  private final Names names;
  private final News news;

  Candidates(Phrases phrases, Names names, News news) {
    this.phrases = phrases;
    this.names = names;
    this.news = news;
  }

  /** Every candidate, best first; ties keep dataset order, so the choice is stable. */
  List<Candidate> rank(BriefMetrics m) {
    List<Candidate> out = new ArrayList<>();
    News.Weights w = news.weights();
    Measure revenue = m.result(Metric.REVENUE);
    if (revenue != null && revenue.yoy() != null) {
      out.add(figure("revenue", w.revenueChange() * size(revenue.yoy()) + bonus(m, revenue), revenue,
          revenue.yoy(), "revenue", ""));
    }
    for (SegmentMetrics s : m.segments()) {
      Measure r = s.revenue();
      if (r != null && r.yoy() != null && s.revenueShare() != null) {
        double share = s.revenueShare().value().doubleValue() / 100;
        out.add(figure("segment", w.segmentChange() * size(r.yoy()) * (0.5 + share) + bonus(m, r), r, r.yoy(),
            s.segment().shortName() + " revenue", ""));
      }
    }
    for (Measure k : m.kpis()) {
      boolean stock = m.company().kpi(((FigurePath.KpiValue) k.path()).kpi()).kind() == KpiKind.STOCK;
      Change c = stock && k.qoq() != null ? k.qoq() : k.yoy();
      if (c != null && !c.stated()) {
        double weight = stock ? w.kpiStockChange() : w.kpiFlowChange();
        // a balance reads as a definite noun after "as": "as the AI server backlog surges"
        out.add(figure("kpi", weight * Math.min(size(c), 100) + bonus(m, k), k, c, names.of(k.path()),
            stock ? "the " : ""));
      }
    }
    guidanceCandidate(m).ifPresent(out::add);
    surpriseCandidate(m).ifPresent(out::add);
    out.sort(Comparator.comparingDouble(Candidate::score).reversed());
    return out;
  }

  private double bonus(BriefMetrics m, Measure measure) {
    return phrases.isNews(m.record(measure.path()), m) ? news.weights().record() : 0;
  }

  private static double size(Change c) {
    return c.pct().value().abs().doubleValue();
  }

  private Candidate figure(String kind, double score, Measure m, Change c, String name, String article) {
    return new Candidate(kind, score, (b, first) -> {
      Style.Wording w = phrases.style().verb(c.pct().value());
      b.text(first ? names.companyPossessive() + " " + name + " " : article + name + " ");
      b.word(c.pct(), w.direction(), Names.agree(name, w.headlineVerb()), phrases.style().band());
      Shown shown = Phrases.shown(m.value().unit());
      if (w.direction() == Direction.FLAT) {
        b.text(" at ").num(m.value(), shown);
        return;
      }
      // a change of 100% or more reads better as the new level: "orders surge to $34.1 billion"
      boolean huge = c.pct().value().abs().compareTo(HUNDRED) >= 0;
      if (!huge) {
        b.text(" ").num(c.pct(), Shown.GROWTH);
      }
      if (first || huge) {
        b.text(" to ").num(m.value(), shown);
      }
    });
  }

  /** A raised or lowered full-year outlook: "Dell raises its FY2026 non-GAAP EPS outlook". */
  private java.util.Optional<Candidate> guidanceCandidate(BriefMetrics m) {
    return m.guidance().stream()
        .filter(g -> g.period() instanceof FiscalYear && g.path() instanceof FigurePath.Result && g.change() != null)
        // a status the company states may disagree with how the range moved ("raised" while its
        // centre fell): the outlook section reports the company's word, but a headline verb must be
        // backed by the change it is tied to
        .filter(g -> g.status() == GuidanceStatus.RAISED && g.change().value().signum() > 0
            || g.status() == GuidanceStatus.LOWERED && g.change().value().signum() < 0)
        .findFirst()
        .map(g -> new Candidate("guidance", news.weights().guidanceChange(), (b, first) -> {
          boolean raised = g.status() == GuidanceStatus.RAISED;
          b.text(first ? names.company() + " " : "it ");
          b.word(g.change(), raised ? Direction.UP : Direction.DOWN, raised ? "raises" : "lowers", FlatRule.SIGN);
          b.text(" its " + g.period().label() + " " + names.of(g.path()) + " outlook");
        }));
  }

  /** The largest beat or miss of at least the style's size: "Dell misses non-GAAP EPS estimates". */
  private java.util.Optional<Candidate> surpriseCandidate(BriefMetrics m) {
    return m.surprises().stream()
        .filter(s -> s.surprisePct().value().abs().compareTo(news.surprisePct()) >= 0)
        .max(Comparator.comparing((Surprise s) -> s.surprisePct().value().abs()))
        .map(s -> new Candidate("surprise", news.weights().surprise() * s.surprisePct().value().abs().doubleValue(),
            (b, first) -> {
              Fact pct = s.surprisePct();
              boolean beat = pct.value().signum() > 0;
              String metric = Names.metric(s.metric());
              b.text(first ? names.company() + " " : metric + " ");
              b.word(pct, beat ? Direction.UP : Direction.DOWN, beat ? "beats" : "misses", FlatRule.SIGN);
              b.text(first ? " " + metric + " estimates" : " estimates");
            }));
  }
}

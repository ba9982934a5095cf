package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import io.briefs.metrics.Fact;
import io.briefs.metrics.GuidanceOutcome;
import io.briefs.metrics.MarketReaction;
import io.briefs.metrics.Surprise;
import io.briefs.model.Consensus;
import io.briefs.model.FigurePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the quarter compared with what was guided and expected, and how the shares reacted. */
final class ReactionSection {
  private final Phrases phrases;
  private final Names names;

  ReactionSection(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  Brief.Section write(BriefMetrics m) {
    List<Prose> paragraphs = new ArrayList<>();
    Prose expectations = expectations(m);
    if (!expectations.isEmpty()) {
      paragraphs.add(expectations);
    }
    Prose market = m.market() == null ? phrases.builder().build() : market(m.market());
    if (!market.isEmpty()) {
      paragraphs.add(market);
    }
    if (paragraphs.isEmpty()) {
      return null;
    }
    String title = expectations.isEmpty() ? "Market reaction"
        : market.isEmpty() ? "Against expectations" : "Expectations and market reaction";
    return Brief.Section.of("reaction", title, paragraphs);
  }

  /**
   * One sentence per figure: against the range guided a quarter earlier, then against consensus.
   * The actual figure is not repeated: the lede and the results state it.
   */
  private Prose expectations(BriefMetrics m) {
    Map<FigurePath, GuidanceOutcome> outcomes = new LinkedHashMap<>();
    m.outcomes().forEach(o -> outcomes.put(o.path(), o));
    Map<FigurePath, Surprise> surprises = new LinkedHashMap<>();
    m.surprises().forEach(s -> surprises.put(new FigurePath.Result(s.metric()), s));
    List<FigurePath> paths = new ArrayList<>(outcomes.keySet());
    surprises.keySet().stream().filter(p -> !outcomes.containsKey(p)).forEach(paths::add);
    Prose.Builder b = phrases.builder();
    for (FigurePath path : paths) {
      GuidanceOutcome o = outcomes.get(path);
      Surprise s = surprises.get(path);
      if (!b.isEmpty()) {
        b.text(" ");
      }
      b.text(Names.capitalize(names.of(path)) + " ");
      if (o != null) {
        b.text(o.position() == GuidanceOutcome.Position.WITHIN ? "was " : "came in ");
        phrases.position(b, o);
        b.text(" the ");
        phrases.guidedRange(b, o);
        b.text(o.guided().low() != null && o.guided().high() != null
            && o.guided().low().value().compareTo(o.guided().high().value()) != 0 ? " range" : "");
        // the guidance in force came from a release, or from a guidance event after it
        b.text(o.event() == null ? " guided in " + o.guidedIn().displayName()
            : " guided on " + GuidanceSection.DATE.format(o.event().date()) + " (" + o.event().title() + ")");
      }
      if (s != null) {
        b.text(o != null ? " and " : "");
        surprise(b, s);
      }
      b.text(".");
    }
    Consensus c = m.quarter().coverage().consensus();
    if (!surprises.isEmpty() && c != null && c.source() != null) {
      b.text(" Consensus estimates are from " + c.source() + ".");
    }
    return b.build();
  }

  /** "beat the $23.1 billion consensus estimate by 1%" */
  private void surprise(Prose.Builder b, Surprise s) {
    DisplayForm shown = Phrases.shown(s.actual().unit());
    int sign = s.surprisePct().value().signum();
    if (sign == 0) {
      b.word(s.surprisePct(), Direction.FLAT, "matched", FlatRule.SIGN).text(" the consensus estimate of ")
          .num(s.estimate(), shown);
      return;
    }
    b.word(s.surprisePct(), sign > 0 ? Direction.UP : Direction.DOWN, sign > 0 ? "beat" : "missed", FlatRule.SIGN)
        .text(" the consensus estimate of ").num(s.estimate(), shown)
        .text(" by ").num(s.surprisePct(), DisplayForm.GROWTH);
  }

  /** "Dell shares closed at $113.63 before the release and rose 5.4% in after-hours trading." */
  private Prose market(MarketReaction r) {
    Prose.Builder b = phrases.builder();
    String subject = names.company() + " shares";
    if (r.previousClose() != null) {
      b.text(subject + " closed at ").num(r.previousClose(), DisplayForm.PER_SHARE).text(" before the release");
      subject = "";
    }
    if (r.afterHoursChangePct() != null) {
      b.text(subject.isEmpty() ? " and " : subject + " ");
      move(b, r.afterHoursChangePct());
      b.text(" in after-hours trading");
      subject = "";
    }
    if (r.nextClose() != null) {
      b.text(subject.isEmpty() ? ", then closed the next session at " : subject + " closed the next session at ")
          .num(r.nextClose(), DisplayForm.PER_SHARE);
      if (r.nextDayChangePct() != null) {
        b.text(", ");
        phrases.upDown(b, r.nextDayChangePct());
        b.text(" ").num(r.nextDayChangePct(), DisplayForm.MOVE).text(" from the previous close");
      }
    }
    if (!b.isEmpty()) {
      b.text(".");
    }
    return b.build();
  }

  private void move(Prose.Builder b, Fact pct) {
    int sign = pct.value().signum();
    if (sign == 0) {
      b.word(pct, Direction.FLAT, "were unchanged", FlatRule.SIGN);
      return;
    }
    b.word(pct, sign > 0 ? Direction.UP : Direction.DOWN, sign > 0 ? "rose" : "fell", FlatRule.SIGN).text(" ")
        .num(pct, DisplayForm.MOVE);
  }
}

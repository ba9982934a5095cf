package io.briefs.narrative;

import io.briefs.diag.Diagnostics;
import io.briefs.metrics.BriefMetrics;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Writes a brief's words from its metrics: pure and deterministic, no randomness. Problems found
 * while writing (a commentary number that disagrees with the data) go to the diagnostics.
 */
public final class BriefWriter {
  private final Style style;

  /** A writer using the given wording rules. */
  public BriefWriter(Style style) {
    this.style = style;
  }

  /** The brief for one quarter's metrics. */
  public Brief write(BriefMetrics m, Diagnostics diagnostics) {
    Numbers numbers = new Numbers(m.company().currency());
    Phrases phrases = new Phrases(numbers, style);
    Names names = new Names(m.company());
    GuidanceSection guidance = new GuidanceSection(phrases, names);
    OutlookItems outlook = new OutlookItems(phrases, names, guidance);
    List<NewsItem> ranked = new NewsDesk(phrases, names, guidance).rank(m);
    HeadlineWriter.Headline headline = new HeadlineWriter(phrases, names).write(m, ranked);
    LedeWriter.Lede lede = new LedeWriter(phrases, names, outlook, guidance).write(m, ranked, headline);
    List<Prose> takeaways = new Takeaways(phrases).write(ranked, headline, lede);
    QuotesSection quotes = new QuotesSection(phrases);
    List<Brief.Section> sections = new ArrayList<>();
    sections.add(new ResultsSection(phrases).write(m));
    sections.add(new SegmentsSection(phrases, names).write(m));
    sections.add(new KpiSection(phrases, names).write(m));
    sections.add(guidance.write(m, outlook));
    sections.add(new ReactionSection(phrases, names).write(m));
    sections.add(new AnalystsSection(phrases).write(m.quarter()));
    sections.add(new HoldersSection(phrases).write(m.quarter()));
    sections.add(quotes.quotes(m.quarter()));
    sections.add(quotes.risks(m.quarter()));
    sections.add(new CommentarySection(numbers, names, diagnostics).write(m));
    sections.add(new NotesSection(phrases, names).write(m));
    Brief brief = new Brief(headline.prose(), lede.prose(), takeaways,
        sections.stream().filter(Objects::nonNull).toList(), new KeyFigures(phrases, names).write(m));
    return new FirstMentions(m.company(), m.quarter().coverage()).apply(VerbVariety.apply(brief));
  }
}

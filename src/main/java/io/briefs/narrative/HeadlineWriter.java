package io.briefs.narrative;

import io.briefs.metrics.BriefMetrics;
import java.util.List;

/**
 * Writes the headline from the ranked news: the top item, then at most one more of another kind
 * and subject. A headline that leads with good news carries the biggest bad news when it is
 * material ("while"); one that leads with the market's move carries its likeliest reason ("as"),
 * or what it shrugged off ("despite"). No verb is used twice, and the sentence plan follows the
 * kind of news, so a company's headlines do not all read alike.
 */
public final class HeadlineWriter {
  /** A second clause must score at least this much, and this share of the first's, to be said. */
  public static final double MIN_SCORE = 8;
  public static final double MIN_SHARE = 0.25;

  private final Phrases phrases;
  private final Names names;

  HeadlineWriter(Phrases phrases, Names names) {
    this.phrases = phrases;
    this.names = names;
  }

  /** The headline, and the items it states (the first, and the second when there is one). */
  record Headline(Prose prose, List<NewsItem> stated) {}

  Headline write(BriefMetrics m, List<NewsItem> ranked) {
    Prose.Builder b = phrases.builder();
    if (ranked.isEmpty()) {
      return new Headline(b.text(names.company() + " reports " + m.quarter().period().displayName() + " results")
          .build(), List.of());
    }
    NewsItem first = ranked.get(0);
    HeadlineVerbs verbs = new HeadlineVerbs();
    first.headline().write(b, true, verbs);
    NewsItem second = second(first, ranked);
    Prose alone = b.build();
    if (second == null) {
      return new Headline(alone, List.of(first));
    }
    b.text(" " + link(first, second) + " ");
    if (first.kind() == NewsKind.OUTLOOK && second.subject().endsWith("results.revenue")) {
      // after a year's revenue outlook, the quarter's revenue is told apart
      b.text("quarterly ");
    }
    second.headline().write(b, false, verbs);
    Prose both = b.build();
    // a headline a reader takes in at a glance: a second clause that makes it longer than that is
    // left to the lede
    return both.text().length() > MAX_LENGTH ? new Headline(alone, List.of(first))
        : new Headline(both, List.of(first, second));
  }

  /** The longest headline with two clauses, in characters; measured on wire headlines, which rarely pass 90. */
  public static final int MAX_LENGTH = 100;

  /**
   * The second clause: under a market's move, its likeliest reason (an item of the same tone),
   * else what it shrugged off; beside good news, the biggest bad news; else the next item.
   */
  private static NewsItem second(NewsItem first, List<NewsItem> ranked) {
    double floor = Math.max(MIN_SCORE, MIN_SHARE * first.score());
    NewsItem sameTone = null;
    NewsItem bad = null;
    NewsItem next = null;
    for (NewsItem item : ranked.subList(1, ranked.size())) {
      if (item.subject().equals(first.subject())) {
        continue;
      }
      // a market's move takes its likeliest reason even when small: it explains the move
      boolean reason = first.kind() == NewsKind.SHARE_MOVE && item.tone() == first.tone() && item.score() >= MIN_SCORE;
      if (item.score() < floor && !reason) {
        continue;
      }
      // bad news beside good may be of the same kind ("ISG revenue hits a record while the backlog
      // falls"); otherwise two clauses of one kind would read as a template
      bad = bad == null && item.tone() == Tone.BAD ? item : bad;
      if (item.kind() == first.kind()) {
        continue;
      }
      sameTone = sameTone == null && item.tone() == first.tone() ? item : sameTone;
      next = next == null ? item : next;
    }
    if (first.kind() == NewsKind.SHARE_MOVE) {
      return sameTone != null ? sameTone : next;
    }
    return first.tone() != Tone.BAD && bad != null ? bad : next;
  }

  /** "as" when both go the same way, "while" when they pull apart, "even as" under a market's move. */
  private static String link(NewsItem first, NewsItem second) {
    if (first.tone().opposes(second.tone())) {
      return first.kind() == NewsKind.SHARE_MOVE ? "even as" : "while";
    }
    return "as";
  }
}

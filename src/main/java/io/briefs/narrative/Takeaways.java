package io.briefs.narrative;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The takeaways under the lede: the best-ranked news the headline and the lede left out, one
 * sentence each, at most {@value #MAX}. Fewer when the quarter has less to say.
 */
final class Takeaways {
  static final int MAX = 3;

  private final Phrases phrases;

  Takeaways(Phrases phrases) {
    this.phrases = phrases;
  }

  /**
   * The takeaways: items neither the headline nor the lede told, and none whose figure they gave
   * (a figure given in the headline or lede is not given again right under it).
   */
  List<Prose> write(List<NewsItem> ranked, HeadlineWriter.Headline headline, LedeWriter.Lede lede) {
    List<String> said = new ArrayList<>(lede.subjects());
    headline.stated().forEach(i -> said.add(i.subject()));
    Set<String> figures = new HashSet<>();
    for (Prose p : List.of(headline.prose(), lede.prose())) {
      p.numbers().forEach(n -> figures.add(n.fact().id() + " " + n.text()));
    }
    List<Prose> out = new ArrayList<>();
    for (NewsItem item : ranked) {
      if (out.size() == MAX) {
        break;
      }
      if (!said.contains(item.subject())) {
        Prose.Builder b = phrases.builder();
        item.takeaway().write(b);
        Prose takeaway = b.build();
        said.add(item.subject());
        if (takeaway.numbers().stream().noneMatch(n -> figures.contains(n.fact().id() + " " + n.text()))) {
          out.add(takeaway);
        }
      }
    }
    return out;
  }
}

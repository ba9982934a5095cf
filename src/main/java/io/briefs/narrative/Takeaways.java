package io.briefs.narrative;

import java.util.ArrayList;
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

  List<Prose> write(List<NewsItem> ranked, List<NewsItem> headline, Set<String> lede) {
    List<String> said = new ArrayList<>(lede);
    headline.forEach(i -> said.add(i.subject()));
    List<Prose> out = new ArrayList<>();
    for (NewsItem item : ranked) {
      if (out.size() == MAX) {
        break;
      }
      if (!said.contains(item.subject())) {
        Prose.Builder b = phrases.builder();
        item.takeaway().write(b);
        out.add(b.build());
        said.add(item.subject());
      }
    }
    return out;
  }
}

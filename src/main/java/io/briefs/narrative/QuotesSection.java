package io.briefs.narrative;

import io.briefs.model.Quarter;
import io.briefs.model.Quote;
import java.util.ArrayList;
import java.util.List;

/** Quotations from the release or the call, with who said them; and the risks, as a list. */
final class QuotesSection {
  private final Phrases phrases;

  QuotesSection(Phrases phrases) {
    this.phrases = phrases;
  }

  Brief.Section quotes(Quarter quarter) {
    List<Block> blocks = new ArrayList<>();
    for (Quote q : quarter.coverage().quotes()) {
      String attribution = q.speaker() + (q.title() == null ? "" : ", " + q.title());
      blocks.add(new Block.Quotation(phrases.builder().text(q.text()).build(), attribution));
    }
    return blocks.isEmpty() ? null : new Brief.Section("quotes", "What management said", blocks);
  }

  Brief.Section risks(Quarter quarter) {
    List<Prose> items = quarter.coverage().risks().stream().map(r -> phrases.builder().text(r).build()).toList();
    return items.isEmpty() ? null : new Brief.Section("risks", "Risks", List.of(new Block.Bullets(items)));
  }
}

package io.briefs.narrative;

import io.briefs.metrics.Holders;
import io.briefs.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/** Institutional holders: the biggest buyers and sellers of the quarter, and exits. */
final class HoldersSection {
  private final Phrases phrases;

  HoldersSection(Phrases phrases) {
    this.phrases = phrases;
  }

  Brief.Section write(Quarter quarter) {
    Holders.Flows s = Holders.of(quarter);
    List<Prose> paragraphs = new ArrayList<>();
    if (!s.buyers().isEmpty()) {
      paragraphs.add(list("The biggest buyers were ", s.buyers(), "added", Direction.UP));
    }
    if (!s.sellers().isEmpty()) {
      paragraphs.add(list("The biggest sellers were ", s.sellers(), "sold", Direction.DOWN));
    }
    if (!s.exits().isEmpty()) {
      paragraphs.add(exits(s.exits()));
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("holders", "Institutional holders", paragraphs);
  }

  /**
   * "Capital World Investors sold its whole stake of 12.5 million shares."; several: "A (sold 12.5
   * million shares) and B (sold 3 million shares) sold their whole stakes."
   */
  private Prose exits(List<Holders.Move> exits) {
    if (exits.size() == 1) {
      Holders.Move m = exits.get(0);
      return phrases.builder().text(m.holder() + " ").word(m.shares(), Direction.DOWN, "sold", FlatRule.SIGN)
          .text(" its whole stake of ").num(m.shares(), DisplayForm.SHARES).text(".").build();
    }
    return list("", exits, "sold", Direction.DOWN, " sold their whole stakes.");
  }

  /** "The biggest buyers were Norges Bank (added 3.7 million shares) and ..." */
  private Prose list(String lead, List<Holders.Move> moves, String verb, Direction d) {
    return list(lead, moves, verb, d, ".");
  }

  private Prose list(String lead, List<Holders.Move> moves, String verb, Direction d, String end) {
    Prose.Builder b = phrases.builder().text(lead);
    for (int i = 0; i < moves.size(); i++) {
      if (i > 0) {
        b.text(i == moves.size() - 1 ? " and " : ", ");
      }
      Holders.Move m = moves.get(i);
      b.text(m.holder() + " (").word(m.shares(), d, verb, FlatRule.SIGN).text(" ").num(m.shares(), DisplayForm.SHARES).text(")");
    }
    return b.text(end).build();
  }
}

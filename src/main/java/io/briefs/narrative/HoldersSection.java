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
      paragraphs.add(list(s.exits().size() == 1 ? "Exited the position: " : "Exited their positions: ",
          s.exits(), "sold", Direction.DOWN));
    }
    return paragraphs.isEmpty() ? null : Brief.Section.of("holders", "Institutional holders", paragraphs);
  }

  /** "The biggest buyers were Norges Bank (added 3.7 million shares) and ..." */
  private Prose list(String lead, List<Holders.Move> moves, String verb, Direction d) {
    Prose.Builder b = phrases.builder().text(lead);
    for (int i = 0; i < moves.size(); i++) {
      if (i > 0) {
        b.text(i == moves.size() - 1 ? " and " : ", ");
      }
      Holders.Move m = moves.get(i);
      b.text(m.holder() + " (").word(m.shares(), d, verb, FlatRule.SIGN).text(" ").num(m.shares(), DisplayForm.SHARES).text(")");
    }
    return b.text(".").build();
  }
}

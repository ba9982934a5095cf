package io.briefs.narrative;

import io.briefs.metrics.Analysts;
import io.briefs.model.AnalystAction;
import io.briefs.model.AnalystActionKind;
import io.briefs.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/** Brokers after the release: upgrades, downgrades, target changes and the range of targets. */
final class AnalystsSection {
  private final Phrases phrases;

  AnalystsSection(Phrases phrases) {
    this.phrases = phrases;
  }

  Brief.Section write(Quarter quarter) {
    Analysts.Panel summary = Analysts.of(quarter);
    if (summary.actions().isEmpty()) {
      return null;
    }
    List<Prose> items = new ArrayList<>();
    for (Analysts.Action a : summary.actions()) {
      items.add(item(a));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block.Bullets(items));
    if (summary.lowestTarget() != null) {
      blocks.add(new Block.Paragraph(phrases.builder().text("Price targets named after the release ranged from ")
          .num(summary.lowestTarget(), DisplayForm.PER_SHARE).text(" to ").num(summary.highestTarget(), DisplayForm.PER_SHARE)
          .text(".").build()));
    }
    return new Brief.Section("analysts", "Analyst actions", blocks);
  }

  /** "TD Cowen raised its price target to $125 from $110." / "Evercore ISI reiterated Outperform." */
  private Prose item(Analysts.Action a) {
    AnalystAction action = a.action();
    Prose.Builder b = phrases.builder().text(action.firm() + " ");
    switch (action.action()) {
      case RAISE_TARGET, LOWER_TARGET -> target(b, a, action.action() == AnalystActionKind.RAISE_TARGET);
      case UPGRADE -> b.text("upgraded the shares" + rating(action, " to "));
      case DOWNGRADE -> b.text("downgraded the shares" + rating(action, " to "));
      case INITIATE -> b.text("started coverage" + rating(action, " at "));
      case REITERATE -> b.text("reiterated " + (action.rating() == null ? "its rating" : action.rating()));
    }
    if (action.action() != AnalystActionKind.RAISE_TARGET && action.action() != AnalystActionKind.LOWER_TARGET
        && a.targetTo() != null) {
      b.text(", with a price target of ").num(a.targetTo(), DisplayForm.PER_SHARE);
    }
    return b.text(".").build();
  }

  private void target(Prose.Builder b, Analysts.Action a, boolean raised) {
    String verb = raised ? "raised" : "lowered";
    if (a.targetChange() != null) {
      b.word(a.targetChange(), raised ? Direction.UP : Direction.DOWN, verb, FlatRule.SIGN);
    } else {
      b.text(verb); // the analyst's own action, with no earlier target to derive a direction from
    }
    b.text(" its price target");
    if (a.targetTo() != null) {
      b.text(" to ").num(a.targetTo(), DisplayForm.PER_SHARE);
    }
    if (a.targetFrom() != null) {
      b.text(" from ").num(a.targetFrom(), DisplayForm.PER_SHARE);
    }
    if (a.action().rating() != null) {
      b.text(" (" + a.action().rating() + ")");
    }
  }

  private static String rating(AnalystAction a, String preposition) {
    return a.rating() == null ? "" : preposition + a.rating();
  }
}

package io.briefs.metrics;

import io.briefs.model.AnalystAction;
import io.briefs.model.Quarter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Brokers' actions after the release and the range of their price targets. */
public final class Analysts {
  private Analysts() {}

  /** One action with its price targets as facts (either may be null). */
  public record Action(AnalystAction action, Fact targetFrom, Fact targetTo, Fact targetChange) {}

  /** The actions in dataset order, and the lowest and highest new target (null without targets). */
  public record Panel(List<Action> actions, Fact lowestTarget, Fact highestTarget) {
    /** Copies the list. */
    public Panel {
      actions = List.copyOf(actions);
    }
  }

  /** The summary of a quarter's analyst actions. */
  public static Panel of(Quarter q) {
    List<Action> actions = new ArrayList<>();
    for (AnalystAction a : q.coverage().analysts()) {
      String id = "analysts." + Holders.slug(a.firm());
      Fact from = a.targetFrom() == null ? null : Fact.reported(id + ".target_from", a.targetFrom(), FactUnit.PER_SHARE, a.loc());
      Fact to = a.targetTo() == null ? null : Fact.reported(id + ".target_to", a.targetTo(), FactUnit.PER_SHARE, a.loc());
      Fact change = from == null || to == null ? null
          : new Fact(id + ".target_change", to.value().subtract(from.value()), FactUnit.PER_SHARE,
              Measures.plain(to.value()) + " - " + Measures.plain(from.value()), List.of(a.loc()));
      actions.add(new Action(a, from, to, change));
    }
    List<Fact> targets = actions.stream().map(Action::targetTo).filter(t -> t != null).toList();
    Comparator<Fact> byValue = Comparator.comparing(Fact::value);
    return new Panel(actions,
        targets.size() < 2 ? null : targets.stream().min(byValue).orElseThrow(),
        targets.size() < 2 ? null : targets.stream().max(byValue).orElseThrow());
  }
}

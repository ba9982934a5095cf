package io.briefs.metrics;

import io.briefs.model.HolderChange;
import io.briefs.model.Quarter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The biggest institutional buyers and sellers of the quarter, and the holders who exited. */
public final class Holders {
  /** How many buyers and sellers a brief names. */
  public static final int TOP = 3;

  private Holders() {}

  /** One holder's disclosed change as a fact (unit: shares). */
  public record Move(String holder, Fact shares, boolean exited) {}

  /** Buyers (largest first), sellers (largest sale first), and exits among the sellers. */
  public record Flows(List<Move> buyers, List<Move> sellers, List<Move> exits) {
    /** Copies the lists. */
    public Flows {
      buyers = List.copyOf(buyers);
      sellers = List.copyOf(sellers);
      exits = List.copyOf(exits);
    }
  }

  /** The summary of a quarter's holder changes; empty lists when none were disclosed. */
  public static Flows of(Quarter q) {
    List<Move> moves = new ArrayList<>();
    for (HolderChange h : q.coverage().holders()) {
      String id = "holders." + slug(h.holder());
      moves.add(new Move(h.holder(),
          Fact.reported(id + ".change_shares", BigDecimal.valueOf(h.changeShares()), FactUnit.SHARES, h.loc()),
          h.exited()));
    }
    Comparator<Move> bySize = Comparator.comparing((Move m) -> m.shares().value().abs()).reversed()
        .thenComparing(Move::holder);
    List<Move> buyers = moves.stream().filter(m -> m.shares().value().signum() > 0).sorted(bySize).limit(TOP).toList();
    List<Move> sellers = moves.stream().filter(m -> m.shares().value().signum() < 0 && !m.exited())
        .sorted(bySize).limit(TOP).toList();
    List<Move> exits = moves.stream().filter(Move::exited).sorted(bySize).toList();
    return new Flows(buyers, sellers, exits);
  }

  static String slug(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
  }
}

package io.briefs.validate;

import io.briefs.model.Figures;
import io.briefs.model.Quarter;
import java.util.ArrayList;
import java.util.List;

/** The blocks of figures a quarter file states: its own, then each of its comparatives. */
final class Blocks {
  private Blocks() {}

  /** Every block of figures in {@code quarter}, its own first. */
  static List<Figures> of(Quarter quarter) {
    List<Figures> out = new ArrayList<>(1 + quarter.comparatives().size());
    out.add(quarter.figures());
    out.addAll(quarter.comparatives().values());
    return out;
  }
}

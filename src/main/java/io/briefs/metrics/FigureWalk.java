package io.briefs.metrics;

import io.briefs.model.FigurePath;
import io.briefs.model.Figures;
import io.briefs.model.SegmentFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Lists the figures present in a {@link Figures}, in dataset order. */
public final class FigureWalk {
  private FigureWalk() {}

  /** Every path that has a value in {@code figures} (figures given by their change alone have none). */
  public static List<FigurePath> paths(Figures figures) {
    List<FigurePath> out = new ArrayList<>();
    figures.results().keySet().forEach(m -> out.add(new FigurePath.Result(m)));
    figures.margins().keySet().forEach(m -> out.add(new FigurePath.MarginValue(m)));
    for (Map.Entry<String, SegmentFigures> e : figures.segments().entrySet()) {
      String id = e.getKey();
      SegmentFigures s = e.getValue();
      if (s.revenue() != null) {
        out.add(new FigurePath.SegmentRevenue(id));
      }
      if (s.operatingIncome() != null) {
        out.add(new FigurePath.SegmentOperatingIncome(id));
      }
      if (s.operatingMargin() != null) {
        out.add(new FigurePath.SegmentOperatingMargin(id));
      }
      s.lines().keySet().forEach(line -> out.add(new FigurePath.Line(id, line)));
    }
    figures.kpis().keySet().forEach(k -> out.add(new FigurePath.KpiValue(k)));
    return out;
  }
}

package io.briefs.chart;

import io.briefs.metrics.Fact;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A chart spec as readable text for golden files: every point with its exact value, fact id,
 * formula and inputs (file name, line, column), every label, and the description's facts.
 */
final class ChartSpecText {
  private ChartSpecText() {}

  static String write(List<ChartSpec> charts, Numbers numbers) {
    return charts.stream().map(c -> write(c, numbers)).collect(Collectors.joining("\n"));
  }

  static String write(ChartSpec spec, Numbers numbers) {
    StringBuilder sb = new StringBuilder();
    sb.append("chart ").append(spec.id()).append(": ").append(spec.title()).append('\n');
    sb.append("  kind ").append(spec.kind()).append(", unit ").append(spec.unit())
        .append(", values as ").append(ChartText.format(spec, numbers)).append('\n');
    sb.append("  categories ").append(String.join(" | ", spec.categories())).append('\n');
    sb.append("  highlights ").append(String.join(" | ", spec.highlights())).append('\n');
    sb.append("  description ").append(spec.descriptionText()).append('\n');
    for (Series s : spec.series()) {
      sb.append("  series ").append(s.name()).append('\n');
      for (int i = 0; i < s.points().size(); i++) {
        Fact p = s.points().get(i);
        sb.append("    ").append(spec.categories().get(i)).append("  ")
            .append(p == null ? "gap" : ChartText.value(ChartText.format(spec, numbers), p, numbers) + "  " + fact(p)).append('\n');
      }
    }
    for (PointLabel l : spec.labels()) {
      sb.append("  label ").append(spec.series().get(l.series()).name()).append(" @ ")
          .append(spec.categories().get(l.category())).append("  ").append(l.kind()).append(' ')
          .append(ChartText.label(l)).append("  ").append(fact(l.fact())).append('\n');
    }
    for (Prose.Part part : spec.description().parts()) {
      if (part instanceof Prose.Word w) {
        sb.append("  word \"").append(w.text()).append("\" ").append(w.direction()).append("  ")
            .append(fact(w.fact())).append('\n');
      } else if (part instanceof Prose.Num n) {
        sb.append("  number \"").append(n.text()).append("\" ").append(n.shown()).append("  ")
            .append(fact(n.fact())).append('\n');
      }
    }
    return sb.toString();
  }

  private static String fact(Fact f) {
    String inputs = f.inputs().stream().map(ChartSpecText::place).collect(Collectors.joining(" "));
    return f.id() + " = " + f.value().stripTrailingZeros().toPlainString() + " (" + f.formula() + ") [" + inputs + "]";
  }

  private static String place(SourceLoc loc) {
    return Path.of(loc.file()).getFileName() + ":" + loc.line() + ":" + loc.column();
  }
}

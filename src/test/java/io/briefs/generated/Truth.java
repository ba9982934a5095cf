package io.briefs.generated;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The company's true figures, quarter by quarter, from four quarters before its first file (for
 * year-ago comparatives) to eight after its last (for guidance), in plain currency units as
 * doubles. Files write them rounded; every check of consistency is made on the written digits.
 */
final class Truth {
  static final int HISTORY = 4;
  static final int HORIZON = 8;
  /** Revenue and the optional metrics, in the order of {@link Materials#METRICS}. */
  static final int METRICS = 9;

  final double[][] metrics;
  final double[][] segmentRevenue;
  final double[][] segmentIncome;
  final double[][][] lines;
  final double[][] kpis;
  private final int last;

  Truth(Plan.Company plan, Map<Integer, Plan.Quarter> byIndex, int last) {
    this.last = last;
    int n = HISTORY + last + HORIZON + 1;
    metrics = new double[n][METRICS];
    int segments = plan.segments().size();
    segmentRevenue = new double[n][segments];
    segmentIncome = new double[n][segments];
    lines = new double[n][segments][];
    kpis = new double[n][plan.kpis().size()];
    Plan.Scale s = plan.scale();
    double base = s.mantissa() * Math.pow(10, s.exponent()) / 100;
    double revenue = base;
    for (int i = 0; i < n; i++) {
      Plan.Quarter q = byIndex.get(i - HISTORY);
      Plan.Move move = q == null ? Plan.Move.STEADY : q.move();
      if (i > 0 && move == Plan.Move.SAME) {
        copy(i - 1, i);
        continue;
      }
      double previous = revenue == 0 ? base : revenue;
      double trend = s.trendPermille() / 1000.0;
      int permille = q == null ? 0 : q.movePermille();
      revenue = switch (move) {
        case STEADY -> previous * (1 + trend + permille / 1000.0);
        case SAME, SWING -> previous * (1 + trend);
        case BARELY -> previous * (1 + Math.signum(permille + 0.5) * (1 + Math.abs(permille) % 10) / 10_000.0);
        case ZERO -> 0;
        case JUMP -> previous * (permille >= 0 ? 2 + permille / 200.0 : 1 / (2 + -permille / 150.0));
      };
      revenue = revenue == 0 ? 0 : Math.min(Math.max(revenue, 1_000), 9e14);
      double margin = s.marginPct() / 100.0 + (q == null ? 0 : q.marginShift() / 100.0);
      margin = Math.max(-0.9, Math.min(0.6, margin));
      if (move == Plan.Move.SWING) {
        margin = margin == 0 ? 0.05 : -margin;
      }
      fill(i, plan, revenue, margin, base, move == Plan.Move.SWING);
      if (i > 0 && move == Plan.Move.BARELY) {
        scaleFrom(i - 1, i, revenue / (metrics[i - 1][0] == 0 ? revenue : metrics[i - 1][0]));
        revenue = metrics[i][0];
      }
    }
  }

  /** Index of quarter {@code t} (0 is the first file) in the arrays. */
  static int at(int t) {
    return t + HISTORY;
  }

  int last() {
    return last;
  }

  private void fill(int i, Plan.Company plan, double revenue, double margin, double base, boolean swing) {
    double[] m = metrics[i];
    double income = revenue == 0 ? -base * 0.02 : revenue * margin;
    double gross = revenue * Math.max(0.02, Math.min(0.95, 0.3 + margin));
    double net = income * (income > 0 ? 0.78 : 1.05);
    double eps = clampPerShare(net / (base / 100));
    m[0] = revenue;
    m[1] = gross;
    m[2] = revenue * Math.max(0.02, Math.min(0.97, 0.32 + margin));
    m[3] = income;
    m[4] = income + revenue * 0.03;
    m[5] = net;
    m[6] = eps;
    m[7] = clampPerShare(eps + Math.abs(eps) * 0.1 + 0.05);
    m[8] = revenue == 0 ? income : revenue * (margin + 0.08);
    List<Plan.Segment> segments = plan.segments();
    double total = 0;
    for (int k = 0; k < segments.size(); k++) {
      total += segments.get(k).weight() * (1 + 0.1 * Math.sin(i * 1.3 + k));
    }
    double coverage = 0.9 + plan.scale().mantissa() % 11 / 100.0;
    for (int k = 0; k < segments.size(); k++) {
      Plan.Segment seg = segments.get(k);
      double share = seg.weight() * (1 + 0.1 * Math.sin(i * 1.3 + k)) / total * coverage;
      segmentRevenue[i][k] = revenue * share;
      double segMargin = seg.marginPct() / 100.0 * (swing ? -1 : 1);
      segmentIncome[i][k] = revenue == 0 ? income / segments.size() : segmentRevenue[i][k] * segMargin;
      lines[i][k] = new double[seg.lines().size()];
      int weights = seg.lines().stream().mapToInt(Plan.Line::weight).sum();
      for (int j = 0; j < seg.lines().size(); j++) {
        lines[i][k][j] = segmentRevenue[i][k] * seg.lines().get(j).weight() / weights * 0.97;
      }
    }
    for (int k = 0; k < plan.kpis().size(); k++) {
      Plan.Kpi kpi = plan.kpis().get(k);
      kpis[i][k] = switch (kpi.unit()) {
        case "money" -> Math.max(revenue, base * 0.01) * (kpi.magnitude() + 1) / 8 * (1 + 0.05 * Math.sin(i + k));
        // odd magnitudes count in tenths (1.5 million subscribers written in millions: 1.5)
        case "count" -> Math.floor(Math.pow(10, kpi.magnitude()) * (1 + 0.02 * i) * (kpi.magnitude() % 2 == 1 ? 10 : 1))
            / (kpi.magnitude() % 2 == 1 ? 10 : 1);
        default -> kpi.magnitude() * 8 - 20 + 0.7 * i;
      };
    }
  }

  private static double clampPerShare(double v) {
    return Math.max(-800, Math.min(800, v));
  }

  private void copy(int from, int to) {
    metrics[to] = metrics[from].clone();
    segmentRevenue[to] = segmentRevenue[from].clone();
    segmentIncome[to] = segmentIncome[from].clone();
    lines[to] = new double[lines[from].length][];
    for (int k = 0; k < lines[from].length; k++) {
      lines[to][k] = lines[from][k].clone();
    }
    kpis[to] = kpis[from].clone();
  }

  /** A quarter that barely moved: every figure is the last one's times {@code factor}. */
  private void scaleFrom(int from, int to, double factor) {
    copy(from, to);
    for (int k = 0; k < METRICS; k++) {
      metrics[to][k] = k == 6 || k == 7 ? metrics[from][k] : metrics[from][k] * factor;
    }
    metrics[to][0] = metrics[from][0] * factor;
    for (int k = 0; k < segmentRevenue[to].length; k++) {
      segmentRevenue[to][k] *= factor;
      segmentIncome[to][k] *= factor;
      for (int j = 0; j < lines[to][k].length; j++) {
        lines[to][k][j] *= factor;
      }
    }
    for (int k = 0; k < kpis[to].length; k++) {
      kpis[to][k] *= factor;
    }
  }

  /** The map from quarter index (0 = first file) to its plan, gaps left out. */
  static Map<Integer, Plan.Quarter> indexed(List<Plan.Quarter> quarters) {
    Map<Integer, Plan.Quarter> out = new HashMap<>();
    int t = 0;
    for (int i = 0; i < quarters.size(); i++) {
      t += i == 0 ? 0 : 1 + quarters.get(i).gapBefore();
      out.put(t, quarters.get(i));
    }
    return out;
  }
}

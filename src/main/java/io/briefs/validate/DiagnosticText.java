package io.briefs.validate;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.Segment;
import io.briefs.model.SegmentLine;
import io.briefs.model.SourceLoc;
import io.briefs.model.ValueKind;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * How figures, changes, names and places appear in diagnostics. Money is shown at its magnitude
 * ("23.378 billion", "965 million"), whatever units the file was written in.
 */
final class DiagnosticText {
  private static final String[] SCALES = {"trillion", "billion", "million"};
  private static final int[] EXPONENTS = {12, 9, 6};

  private DiagnosticText() {}

  /** A value of the given kind: "9.227 billion", "1.37", "12.5%". */
  static String value(BigDecimal value, ValueKind kind) {
    return switch (kind) {
      case MONEY -> money(value);
      case PERCENT -> plain(value) + "%";
      case PER_SHARE, COUNT -> plain(value);
    };
  }

  /** An amount of money in plain currency units, at its magnitude. */
  static String money(BigDecimal value) {
    for (int i = 0; i < SCALES.length; i++) {
      if (value.abs().compareTo(BigDecimal.ONE.scaleByPowerOfTen(EXPONENTS[i])) >= 0) {
        // 1000 (millions) reads "1 billion", not "1.000 billion"
        return plain(value.movePointLeft(EXPONENTS[i]).stripTrailingZeros()) + " " + SCALES[i];
      }
    }
    return plain(value);
  }

  /** Digits as written, never in exponent notation. */
  static String plain(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString();
  }

  /** A change in percent as the company states it, with its sign: "+16%", "-19%". */
  static String statedPct(BigDecimal pct) {
    return (pct.signum() > 0 ? "+" : "") + plain(pct) + "%";
  }

  /** A computed change in percent to one decimal, with its sign: "+16.2%". */
  static String computedPct(BigDecimal pct) {
    BigDecimal rounded = pct.setScale(1, RoundingMode.HALF_UP);
    return (rounded.signum() > 0 ? "+" : "") + rounded.toPlainString() + "%";
  }

  /** Where a value was written, for a message about another one: "fy2025-q1.yaml line 12". */
  static String place(SourceLoc loc) {
    String file = loc.file();
    int slash = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
    return file.substring(slash + 1) + " line " + loc.line();
  }

  /** What a figure measures, for messages: "revenue", "ISG revenue", "AI server orders". */
  static String label(Company company, FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return r.metric().label();
    } else if (path instanceof FigurePath.SegmentRevenue s) {
      return segment(company, s.segment()) + " revenue";
    } else if (path instanceof FigurePath.SegmentOperatingIncome s) {
      return segment(company, s.segment()) + " operating income";
    } else if (path instanceof FigurePath.Line l) {
      return line(company, l) + " revenue in " + segment(company, l.segment());
    } else if (path instanceof FigurePath.MarginValue m) {
      return m.margin().label();
    } else if (path instanceof FigurePath.SegmentOperatingMargin s) {
      return segment(company, s.segment()) + " operating margin";
    }
    String id = ((FigurePath.KpiValue) path).kpi();
    Kpi kpi = company.kpi(id);
    return kpi == null ? id : kpi.name();
  }

  /** Whether a figure is money, a per-share amount, a count or a percentage. */
  static ValueKind kind(Company company, FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return r.metric().kind();
    }
    if (path instanceof FigurePath.KpiValue k) {
      Kpi kpi = company.kpi(k.kpi());
      return kpi == null ? ValueKind.COUNT : kpi.unit();
    }
    return path.isMargin() ? ValueKind.PERCENT : ValueKind.MONEY;
  }

  private static String segment(Company company, String id) {
    Segment segment = company.segment(id);
    return segment == null ? id : segment.shortName();
  }

  private static String line(Company company, FigurePath.Line path) {
    Segment segment = company.segment(path.segment());
    SegmentLine line = segment == null ? null : segment.line(path.line());
    return line == null ? path.line() : line.name();
  }
}

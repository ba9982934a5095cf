package io.briefs.narrative;

import io.briefs.model.Company;
import io.briefs.model.FigurePath;
import io.briefs.model.Kpi;
import io.briefs.model.Metric;
import io.briefs.model.Segment;
import io.briefs.model.SegmentLine;
import java.util.Locale;

/** How figures are named in running text: "ISG revenue", "non-GAAP EPS", "AI server orders". */
public final class Names {
  private final Company company;

  /** Names for one company's figures. */
  public Names(Company company) {
    this.company = company;
  }

  /** The name of a figure, in lower case unless it starts with a proper noun or acronym. */
  public String of(FigurePath path) {
    if (path instanceof FigurePath.Result r) {
      return metric(r.metric());
    }
    if (path instanceof FigurePath.SegmentRevenue s) {
      return segment(s.segment()) + " revenue";
    }
    if (path instanceof FigurePath.SegmentOperatingIncome s) {
      return segment(s.segment()) + " operating income";
    }
    if (path instanceof FigurePath.Line l) {
      SegmentLine line = company.segment(l.segment()).line(l.line());
      return midSentence(line.name()) + " revenue";
    }
    if (path instanceof FigurePath.MarginValue mv) {
      return mv.margin().label();
    }
    if (path instanceof FigurePath.SegmentOperatingMargin s) {
      return segment(s.segment()) + " operating margin";
    }
    Kpi kpi = company.kpi(((FigurePath.KpiValue) path).kpi());
    return midSentence(kpi.name());
  }

  /** A company-wide metric: "revenue", "operating income", "diluted EPS", "non-GAAP EPS". */
  public static String metric(Metric m) {
    return switch (m) {
      case EPS -> "diluted EPS";
      case EPS_NON_GAAP -> "non-GAAP EPS";
      default -> m.label();
    };
  }

  /** A segment's short name ("ISG"). */
  public String segment(String segmentId) {
    Segment s = company.segment(segmentId);
    return s.shortName();
  }

  /** The company's short name ("Dell"). */
  public String company() {
    return company.shortName();
  }

  /** The possessive of the company's short name ("Dell's"). */
  public String companyPossessive() {
    String name = company.shortName();
    return name + (name.endsWith("s") ? "'" : "'s");
  }

  /**
   * A name as it reads inside a sentence: "Servers and networking" becomes "servers and
   * networking", but "AI server orders" and "iPhone" keep their case.
   */
  public static String midSentence(String name) {
    if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isLowerCase(name.charAt(1))) {
      return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
    return name;
  }

  /**
   * A present-tense verb made to agree with its subject: "orders surge", "revenue surges". A
   * subject whose last word ends in a plain "s" is taken as plural.
   */
  public static String agree(String subject, String verb) {
    int space = verb.indexOf(' ');
    String first = space < 0 ? verb : verb.substring(0, space);
    if (!plural(subject) || !first.endsWith("s")) {
      return verb;
    }
    return first.substring(0, first.length() - 1) + (space < 0 ? "" : verb.substring(space));
  }

  /** "was" or "were" for the subject. */
  public static String be(String subject) {
    return plural(subject) ? "were" : "was";
  }

  /** "it" or "they" for the subject. */
  public static String pronoun(String subject) {
    return plural(subject) ? "they" : "it";
  }

  /**
   * Whether a subject is plural: its last word ends in a plain "s" ("orders", "shipments"), not
   * "ss", "us", "is" or "'s"; an acronym is singular however it ends ("EPS", "ISG revenue").
   */
  static boolean plural(String subject) {
    String word = subject.substring(subject.lastIndexOf(' ') + 1);
    String last = word.toLowerCase(Locale.ROOT);
    boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
    return !acronym && last.endsWith("s") && !last.endsWith("ss") && !last.endsWith("'s") && !last.endsWith("us")
        && !last.endsWith("is");
  }

  /** The text with its first letter in upper case, for the start of a sentence. */
  public static String capitalize(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}

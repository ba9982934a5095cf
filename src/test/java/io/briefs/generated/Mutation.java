package io.briefs.generated;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * One change to a generated company's files that the format may not allow: a line dropped,
 * doubled, cut or shifted, a number written as text or with an exponent, a key misspelt, dates
 * swapped, negative revenue, a file misnamed, a company id the site keeps for itself. {@link #certainlyInvalid} kinds always break a rule.
 */
record Mutation(Kind kind, int where, int file) {
  private static final Pattern BARE_NUMBER = Pattern.compile("^(\\s*[\\w\"-]+: )(-?\\d+(?:\\.\\d+)?)$");
  private static final Pattern DATE = Pattern.compile("^(period_end|reported): (\\d{4}-\\d{2}-\\d{2})$");

  enum Kind {
    DROP_LINE, DOUBLE_LINE, CUT, SHIFT_LINE, NUMBER_AS_TEXT, EXPONENT, MISSPELT_KEY, BAD_UNITS, DATES_SWAPPED,
    NEGATIVE_REVENUE, MISNAMED_FILE, SITE_FOLDER_ID
  }

  static Arbitrary<Mutation> arbitrary() {
    return Combinators.combine(Arbitraries.of(Kind.class), Arbitraries.integers().between(0, 10_000),
        Arbitraries.integers().between(0, 100)).as(Mutation::new);
  }

  /** Whether the mutated company can never be valid, whatever it held. */
  boolean certainlyInvalid() {
    return switch (kind) {
      case MISSPELT_KEY, BAD_UNITS, DATES_SWAPPED, NEGATIVE_REVENUE, MISNAMED_FILE, SITE_FOLDER_ID -> true;
      default -> false;
    };
  }

  GeneratedCompany apply(GeneratedCompany c) {
    if (kind == Kind.SITE_FOLDER_ID) {
      String id = List.of("assets", "mail", "methodology").get(where % 3);
      Map<String, String> files = new LinkedHashMap<>();
      c.files().forEach((n, t) -> files.put(n, t.replace("id: \"" + c.id() + "\"\n", "id: \"" + id + "\"\n")
          .replace("company: \"" + c.id() + "\"\n", "company: \"" + id + "\"\n")));
      return new GeneratedCompany(id, files);
    }
    List<String> names = new ArrayList<>(c.files().keySet());
    // the company file only for the kinds that make sense there
    boolean quarterOnly = certainlyInvalid() || kind == Kind.NUMBER_AS_TEXT || kind == Kind.EXPONENT;
    List<String> targets = quarterOnly ? names.subList(1, names.size()) : names;
    String name = targets.get(file % targets.size());
    Map<String, String> files = new LinkedHashMap<>(c.files());
    String text = files.get(name);
    if (kind == Kind.MISNAMED_FILE) {
      files.remove(name);
      files.put("fy1899-q" + (1 + file % 4) + ".yaml", text);
    } else {
      files.put(name, mutate(text));
    }
    return new GeneratedCompany(c.id(), files);
  }

  private String mutate(String text) {
    List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
    int i = where % lines.size();
    switch (kind) {
      case DROP_LINE -> lines.remove(i);
      case DOUBLE_LINE -> lines.add(i, lines.get(i));
      case CUT -> {
        return text.substring(0, where % (text.length() + 1));
      }
      case SHIFT_LINE -> lines.set(i, " " + lines.get(i));
      case NUMBER_AS_TEXT, EXPONENT -> replaceNumber(lines);
      case MISSPELT_KEY -> lines.add(2, "revenu: 5");
      case BAD_UNITS -> lines.replaceAll(l -> l.startsWith("units: ") ? "units: millionz" : l);
      case DATES_SWAPPED -> swapDates(lines);
      case NEGATIVE_REVENUE -> lines.set(lines.indexOf("results:") + 1, "  revenue: -1");
      default -> throw new IllegalStateException(kind.name());
    }
    return String.join("\n", lines);
  }

  private void replaceNumber(List<String> lines) {
    List<Integer> numbers = new ArrayList<>();
    for (int k = 0; k < lines.size(); k++) {
      if (BARE_NUMBER.matcher(lines.get(k)).matches()) {
        numbers.add(k);
      }
    }
    if (numbers.isEmpty()) {
      return;
    }
    int k = numbers.get(where % numbers.size());
    Matcher m = BARE_NUMBER.matcher(lines.get(k));
    m.matches();
    lines.set(k, m.group(1) + (kind == Kind.EXPONENT ? "1.5e3" : "\"" + m.group(2) + "\""));
  }

  /** Reported the day before the quarter ended. */
  private static void swapDates(List<String> lines) {
    String end = lines.stream().map(DATE::matcher).filter(m -> m.matches() && m.group(1).equals("period_end"))
        .map(m -> m.group(2)).findFirst().orElseThrow();
    String before = java.time.LocalDate.parse(end).minusDays(1).toString();
    lines.replaceAll(l -> l.startsWith("reported: ") ? "reported: " + before : l);
  }
}

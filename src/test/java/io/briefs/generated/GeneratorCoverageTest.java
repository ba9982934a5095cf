package io.briefs.generated;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Example;

/**
 * The generator is honest: 200 of its companies (a fixed seed) use every form the dataset format
 * allows, read back from the files as loaded, so a change that loses a form fails here (a jqwik
 * example: generators run on jqwik threads).
 */
class GeneratorCoverageTest {

  @Example
  void twoHundredCompaniesUseEveryFormOfTheFormat() {
    RandomGenerator<GeneratedCompany> generator = GeneratedCompany.arbitrary(8).generator(1000);
    Random random = new Random(20250117);
    Set<String> seen = new TreeSet<>();
    for (int i = 0; i < 200; i++) {
      GeneratedCompany c = generator.next(random).value();
      try (Scratch s = new Scratch()) {
        seen.addAll(Forms.of(c, Scratch.data(s, c)));
      }
    }
    assertThat(seen).containsAll(expected());
  }

  private static List<String> expected() {
    List<String> forms = new ArrayList<>(List.of("units:units", "units:thousands", "units:millions", "units:billions",
        "currency:USD", "currency:EUR", "currency:JPY", "currency:GBP", "currency:CHF",
        "kpi:FLOW/MONEY", "kpi:FLOW/COUNT", "kpi:FLOW/PERCENT", "kpi:STOCK/MONEY", "kpi:STOCK/COUNT",
        "kpi:STOCK/PERCENT", "segment with lines", "segment without lines",
        "revenue of zero", "revenue below 10 million", "revenue above 100 billion", "operating loss",
        "operating income across zero", "revenue unchanged", "revenue barely changed", "missing quarters",
        "stated change", "stated change with a plus sign", "restatement", "commentary quoting figures",
        "reported the day the quarter ended", "reported 120 days after", "quarter ends at month end",
        "quarter ends on a weekday near month end", "script:LATIN", "script:GREEK", "script:CYRILLIC", "script:HAN",
        "guidance status:derived", "kpi range:BOUNDS"));
    for (String metric : Materials.METRICS) {
      forms.add("metric:" + metric);
    }
    for (Month m : Month.values()) {
      forms.add("fiscal_year_end:" + m.name().toLowerCase(Locale.ROOT));
    }
    for (String form : List.of("BOUNDS", "MID_PLUS_MINUS", "MID_PLUS_MINUS_PCT", "MID", "AT_LEAST", "AT_MOST")) {
      forms.add("range:" + form);
    }
    for (String status : List.of("raised", "lowered", "reaffirmed", "initiated", "withdrawn")) {
      forms.add("guidance status:" + status);
    }
    for (String block : List.of("segments", "kpis", "comparatives", "guidance", "consensus", "market", "analysts",
        "holders", "quotes", "risks", "commentary", "sources")) {
      forms.add(block + " present");
      forms.add(block + " absent");
    }
    return forms;
  }
}

package io.briefs.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.briefs.SampleBuild;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every number a reader sees in a sample brief is in that brief's ledger (data.json). */
class LedgerCompletenessTest {
  /** Money, percentages, ratios and counts; dates and period names are left out below. */
  private static final Pattern NUMBER = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?(?:%| (?:billion|million|trillion))?");
  private static final Pattern NOT_A_FIGURE = Pattern.compile(
      "(?:Q[1-4] )?FY\\d{4}(?:-Q[1-4])?|Q[1-4] FY\\d{2,4}|(?:January|February|March|April|May|June|July|August|September"
          + "|October|November|December) \\d{1,2}, \\d{4}");

  static Stream<Path> briefs() throws IOException {
    try (Stream<Path> walk = Files.walk(SampleBuild.site())) {
      return walk.filter(p -> p.getFileName().toString().equals("data.json")).sorted().toList().stream();
    }
  }

  @ParameterizedTest
  @MethodSource("briefs")
  void everyShownNumberIsInTheLedger(Path dataJson) throws IOException {
    JsonNode ledger = JsonMapper.builder().build().readTree(dataJson.toFile());
    List<String> shown = new ArrayList<>();
    ledger.get("shown").forEach(s -> shown.add(s.get("text").asText()));
    List<String> missing = new ArrayList<>();
    for (String number : numbers(dataJson.resolveSibling("index.html"))) {
      if (shown.stream().noneMatch(s -> s.contains(number))) {
        missing.add(number);
      }
    }
    assertThat(missing).as("numbers in %s that are not in its ledger", dataJson.getParent()).isEmpty();
    ledger.get("facts").forEach(f -> assertThat(f.get("inputs")).as(f.toString()).isNotEmpty());
  }

  /** The numbers of the article a reader sees: chart drawings and sources left out. */
  static List<String> numbers(Path page) throws IOException {
    Document doc = Jsoup.parse(page.toFile(), "UTF-8");
    doc.select("svg, #sources, .kicker, thead").remove();
    String text = NOT_A_FIGURE.matcher(doc.select("article").text()).replaceAll(" ");
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    assertThat(out).as("numbers found in %s", page).hasSizeGreaterThan(10);
    return out;
  }
}

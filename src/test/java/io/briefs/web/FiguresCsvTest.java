package io.briefs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.briefs.SampleBuild;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each brief's figures.csv holds exactly the facts of its ledger, and the page links both downloads. */
class FiguresCsvTest {

  @ParameterizedTest
  @ValueSource(strings = {"dell/fy2025-q1", "dell/fy2026-q1", "dell/fy2026-q4"})
  void csvRowsAreTheLedgerFacts(String brief) throws Exception {
    Path dir = SampleBuild.site().resolve(brief);
    JsonNode facts = JsonMapper.builder().build().readTree(dir.resolve("data.json").toFile()).path("facts");
    List<Map<String, String>> rows = new ArrayList<>();
    try (MappingIterator<Map<String, String>> it = new CsvMapper().readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(dir.resolve("figures.csv").toFile())) {
      it.forEachRemaining(rows::add);
    }
    assertThat(rows).hasSize(facts.size()).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      JsonNode fact = facts.get(i);
      Map<String, String> row = rows.get(i);
      assertThat(row.get("fact")).isEqualTo(fact.path("id").asText());
      assertThat(row.get("value")).isEqualTo(fact.path("value").asText());
      assertThat(row.get("unit")).isEqualTo(fact.path("unit").asText());
      assertThat(row.get("formula")).isEqualTo(fact.path("formula").asText());
      List<String> inputs = new ArrayList<>();
      fact.path("inputs").forEach(n -> inputs.add(n.asText()));
      assertThat(row.get("inputs")).isEqualTo(String.join(" ", inputs));
    }
    assertThat(Files.readString(dir.resolve("figures.csv"))).startsWith("fact,value,unit,formula,inputs\r\n");
    assertThat(Jsoup.parse(dir.resolve("index.html").toFile(), "UTF-8").select(".downloads a").eachAttr("href"))
        .containsExactly(brief.replace("/", "-") + ".pdf", "figures.csv", "data.json");
  }
}

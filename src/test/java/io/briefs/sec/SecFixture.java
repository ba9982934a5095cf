package io.briefs.sec;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.briefs.cli.Run;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.model.CompanyData;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.function.Predicate;

/**
 * The company-facts fixture: Dell's figures from the reference data in the SEC's document shape
 * (src/test/resources/sec/README.md lists where each comes from), and ways to vary it.
 */
final class SecFixture {
  static final Path DOCUMENT = Path.of("src/test/resources/sec/dell-companyfacts.json");
  static final String Q1_FY26_10Q = "0001571996-25-900007";
  static final String FY25_10K = "0001571996-25-000034";

  private static final ObjectMapper JSON = JsonMapper.builder()
      .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .build();

  private SecFixture() {}

  /** {@code briefs import sec --companyfacts FILE --company dell --data DATA extra...}. */
  static Run importInto(Path data, Path document, String... extra) {
    String[] args = new String[] {"import", "sec", "--companyfacts", document.toString(), "--company", "dell",
        "--data", data.toString()};
    String[] all = new String[args.length + extra.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extra, 0, all, args.length, extra.length);
    return Run.of(all);
  }

  static Run importInto(Path data, String... extra) {
    return importInto(data, DOCUMENT, extra);
  }

  /** The document as a tree. */
  static ObjectNode tree() {
    try {
      return (ObjectNode) JSON.readTree(DOCUMENT.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The facts of a us-gaap concept in a unit. */
  static ArrayNode facts(ObjectNode doc, String concept, String unit) {
    return (ArrayNode) doc.path("facts").path("us-gaap").path(concept).path("units").path(unit);
  }

  /** Removes the facts of a concept that match. */
  static void remove(ObjectNode doc, String concept, String unit, Predicate<JsonNode> which) {
    for (Iterator<JsonNode> it = facts(doc, concept, unit).iterator(); it.hasNext(); ) {
      if (which.test(it.next())) {
        it.remove();
      }
    }
  }

  /** Writes a varied document. */
  static Path write(ObjectNode doc, Path file) {
    try {
      Files.writeString(file, JSON.writeValueAsString(doc));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The company as briefs reads it. */
  static CompanyData load(Path data) {
    Diagnostics d = new Diagnostics();
    var corpus = new DatasetLoader(d).load(data);
    if (d.hasErrors()) {
      throw new AssertionError(d.sorted());
    }
    return corpus.companies().get(0);
  }

  /** A quarter's figure in millions (per-share figures as they are); null when absent. */
  static BigDecimal millions(CompanyData data, String period, Metric metric) {
    Quarter q = data.quarter(FiscalQuarter.parse(period));
    var amount = q == null ? null : q.figures().result(metric);
    return amount == null ? null : scaled(amount.value(), metric);
  }

  /** A comparative's figure in millions, as the quarter {@code in} states it. */
  static BigDecimal comparative(CompanyData data, String in, String period, Metric metric) {
    Quarter q = data.quarter(FiscalQuarter.parse(in));
    var figures = q == null ? null : q.comparative(FiscalQuarter.parse(period));
    var amount = figures == null ? null : figures.result(metric);
    return amount == null ? null : scaled(amount.value(), metric);
  }

  private static BigDecimal scaled(BigDecimal value, Metric metric) {
    return metric == Metric.EPS ? value : value.movePointLeft(6).stripTrailingZeros();
  }
}

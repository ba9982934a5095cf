package io.briefs.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A brief's figures as CSV ({@code figures.csv}): one row per fact of its ledger, in the order
 * first shown, with the exact value (plain decimal, full precision, money in currency units), its
 * unit, formula and the places its inputs were written. Written by Jackson's CSV writer (RFC
 * 4180 quoting, CRLF line ends).
 */
public final class LedgerCsv {
  // quotes only the values that need it (a comma, quote or line break), so the file reads plainly
  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING)
      .build();
  private static final CsvSchema SCHEMA = CsvSchema.builder()
      .addColumn("fact").addColumn("value").addColumn("unit").addColumn("formula").addColumn("inputs")
      .setUseHeader(true)
      .setLineSeparator("\r\n")
      .build();

  private LedgerCsv() {}

  /** One CSV row. */
  private record CsvRow(String fact, String value, String unit, String formula, String inputs) {}

  /** The CSV bytes of a ledger's facts; several inputs are separated by spaces. */
  public static byte[] write(Ledger ledger) {
    List<CsvRow> rows = ledger.facts().stream()
        .map(f -> new CsvRow(f.id(), f.value(), f.unit(), f.formula(), String.join(" ", f.inputs())))
        .toList();
    try {
      return MAPPER.writer(SCHEMA).writeValueAsString(rows).getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a ledger is plain data and always serialises", e);
    }
  }
}

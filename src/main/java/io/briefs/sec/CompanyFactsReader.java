package io.briefs.sec;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an SEC XBRL company-facts document ({@code {cik, entityName, facts: {taxonomy: {Concept:
 * {label, description, units: {USD: [fact...]}}}}}}) as a stream: the facts of the concepts an
 * import drafts are kept, every other fact only adds to what is known of its filing (its period),
 * so documents of many megabytes are read without building a tree of them.
 */
final class CompanyFactsReader {
  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final String source;
  private final Set<String> wanted;
  private final List<Raw> kept = new ArrayList<>();
  private final Map<String, FilingInfo> filings = new LinkedHashMap<>();
  private long cik;
  private String entityName;
  private boolean sawFacts;
  private JsonParser parser;

  private CompanyFactsReader(String source, Set<String> wanted) {
    this.source = source;
    this.wanted = wanted;
  }

  /**
   * Reads a document.
   *
   * @param source how messages name it
   * @param wanted the us-gaap concepts whose facts are kept
   * @throws BriefsException with one located line when it is not valid JSON or not a company-facts
   *     document
   */
  static CompanyFacts read(String source, byte[] bytes, Set<String> wanted) throws BriefsException {
    return new CompanyFactsReader(source, wanted).read(bytes);
  }

  private CompanyFacts read(byte[] bytes) throws BriefsException {
    try (JsonParser p = JSON.createParser(bytes)) {
      parser = p;
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw problem("not an SEC company-facts document: expected a JSON object");
      }
      root();
      if (p.nextToken() != null) {
        throw problem("unexpected content after the document's closing brace");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String message = e.getOriginalMessage();
      int cut = message.indexOf('\n');
      message = (cut < 0 ? message : message.substring(0, cut)).replaceAll("\\[Source: [^;]*; ", "[");
      throw new BriefsException(List.of(new Diagnostic(source, at == null ? 0 : at.getLineNr(),
          at == null ? 0 : at.getColumnNr(), Severity.ERROR, "malformed JSON: " + message)));
    } catch (IOException e) {
      throw new BriefsException(List.of(new Diagnostic(source, 0, 0, Severity.ERROR,
          "cannot read the document: " + e.getMessage())));
    }
    if (!sawFacts) {
      throw new BriefsException(List.of(new Diagnostic(source, 0, 0, Severity.ERROR,
          "not an SEC company-facts document: it has no \"facts\" object")));
    }
    Map<String, Filing> byAccession = new HashMap<>();
    List<Filing> all = new ArrayList<>();
    filings.forEach((accession, info) -> {
      Filing f = new Filing(accession, info.form, info.filed, info.periodEnd);
      byAccession.put(accession, f);
      all.add(f);
    });
    all.sort(Filing.ORDER);
    List<XbrlFact> facts = kept.stream()
        .map(r -> new XbrlFact(r.concept, r.unit, r.start, r.end, r.value, byAccession.get(r.accession), r.fy, r.fp))
        .toList();
    return new CompanyFacts(source, cik, entityName == null ? "" : entityName, facts, all);
  }

  private void root() throws IOException, BriefsException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      switch (name) {
        case "cik" -> cik = cik(value);
        case "entityName" -> {
          if (value != JsonToken.VALUE_STRING) {
            throw problem("\"entityName\" must be a string");
          }
          entityName = parser.getText().strip();
        }
        case "facts" -> {
          expect(value, JsonToken.START_OBJECT, "\"facts\" must be an object of taxonomies");
          sawFacts = true;
          taxonomies();
        }
        default -> parser.skipChildren();
      }
    }
  }

  private long cik(JsonToken value) throws IOException, BriefsException {
    String text = value == JsonToken.VALUE_NUMBER_INT || value == JsonToken.VALUE_STRING ? parser.getText() : "";
    if (!text.matches("[0-9]{1,10}")) {
      throw problem("\"cik\" must be a number of up to 10 digits");
    }
    return Long.parseLong(text);
  }

  private void taxonomies() throws IOException, BriefsException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String taxonomy = parser.currentName();
      expect(parser.nextToken(), JsonToken.START_OBJECT, "taxonomy \"" + taxonomy + "\" must be an object of concepts");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String concept = parser.currentName();
        expect(parser.nextToken(), JsonToken.START_OBJECT, "concept \"" + concept + "\" must be an object");
        concept(taxonomy.equals("us-gaap") && wanted.contains(concept) ? concept : null);
      }
    }
  }

  /** One concept; its facts are kept when {@code keep} names it, otherwise only their filings. */
  private void concept(String keep) throws IOException, BriefsException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (!name.equals("units")) {
        parser.skipChildren();
        continue;
      }
      expect(value, JsonToken.START_OBJECT, "\"units\" must be an object of units");
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String unit = parser.currentName();
        expect(parser.nextToken(), JsonToken.START_ARRAY, "unit \"" + unit + "\" must be a list of facts");
        while (parser.nextToken() != JsonToken.END_ARRAY) {
          expect(parser.currentToken(), JsonToken.START_OBJECT, "a fact must be an object");
          fact(keep, unit);
        }
      }
    }
  }

  private void fact(String keep, String unit) throws IOException {
    Map<String, String> fields = new HashMap<>();
    BigDecimal value = null;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken token = parser.nextToken();
      if (token.isStructStart()) {
        parser.skipChildren();
      } else if (name.equals("val") && token.isNumeric()) {
        value = parser.getDecimalValue();
      } else if (token.isScalarValue() && token != JsonToken.VALUE_NULL) {
        fields.put(name, parser.getText());
      }
    }
    String accession = fields.get("accn");
    LocalDate end = date(fields.get("end"));
    LocalDate filed = date(fields.get("filed"));
    String form = fields.get("form");
    if (accession == null || end == null || filed == null || form == null) {
      return; // a fact that names no filing or date cannot be placed; real documents have none
    }
    LocalDate start = date(fields.get("start"));
    FilingInfo info = filings.computeIfAbsent(accession, a -> new FilingInfo(form.strip(), filed));
    if (start != null && (info.periodEnd == null || end.isAfter(info.periodEnd))) {
      info.periodEnd = end;
    }
    if (keep != null && value != null) {
      kept.add(new Raw(keep, unit, start, end, value, accession, integer(fields.get("fy")), fields.get("fp")));
    }
  }

  private static LocalDate date(String text) {
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static Integer integer(String text) {
    try {
      return text == null ? null : Integer.valueOf(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private void expect(JsonToken found, JsonToken wanted, String message) throws BriefsException {
    if (found != wanted) {
      throw problem(message);
    }
  }

  private BriefsException problem(String message) {
    JsonLocation at = parser.currentTokenLocation();
    return new BriefsException(List.of(new Diagnostic(source, at == null ? 0 : at.getLineNr(),
        at == null ? 0 : at.getColumnNr(), Severity.ERROR, message)));
  }

  private record Raw(String concept, String unit, LocalDate start, LocalDate end, BigDecimal value,
      String accession, Integer fy, String fp) {}

  /** What the facts say of one filing; the first fact's form and date stand for all of them. */
  private static final class FilingInfo {
    final String form;
    final LocalDate filed;
    LocalDate periodEnd;

    FilingInfo(String form, LocalDate filed) {
      this.form = form;
      this.filed = filed;
    }
  }
}

package io.briefs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.Pipeline;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps the JSON Schemas in {@code schema/} (what editors check as the user types) and the loader
 * in agreement: the sample data and the valid fixtures pass both; every invalid fixture whose
 * problem the schema can express ({@code schema.txt}: {@code expressible}) fails both; and a case
 * marked {@code not expressible} really passes the schema, so the marks stay honest.
 */
class SchemaAgreementTest {
  private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7);
  private static final JsonSchema COMPANY = schema("company.schema.json");
  private static final JsonSchema QUARTER = schema("quarter.schema.json");
  private static final JsonSchema EVENT = schema("event.schema.json");
  /** A guidance event's file name: its date, then a name ({@code 2025-10-15-investor-day.yaml}). */
  private static final Pattern EVENT_FILE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}-.+\\.yaml");
  /** Reads YAML as editors do (YAML 1.2: {@code yes} is text); duplicate keys are refused. */
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final Pattern SCHEMA_COMMENT =
      Pattern.compile("# yaml-language-server: \\$schema=(\\S+)");

  @TempDir Path work;

  private static JsonSchema schema(String name) {
    try (InputStream in = Files.newInputStream(Path.of("schema", name))) {
      return FACTORY.getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static Stream<String> invalidCases() {
    return Fixtures.cases(Fixtures.INVALID);
  }

  @Test
  void schemasAreValidDraft07Schemas() throws IOException {
    JsonSchema meta = FACTORY.getSchema(SchemaLocation.of("http://json-schema.org/draft-07/schema#"));
    for (String name : List.of("company.schema.json", "quarter.schema.json", "event.schema.json")) {
      JsonNode schema = new ObjectMapper().readTree(Path.of("schema", name).toFile());
      assertThat(meta.validate(schema)).as(name).isEmpty();
      assertThat(schema.path("additionalProperties").asBoolean(true)).as(name).isFalse();
    }
  }

  @Test
  void sampleDataPassesTheSchemaAndTheLoader() throws IOException {
    Map<String, Set<ValidationMessage>> problems = problems(Path.of("data"));
    assertThat(problems).isNotEmpty();
    assertThat(problems).allSatisfy((file, found) -> assertThat(found).as(file).isEmpty());
    var loaded = new Pipeline(new BuildOptions(Path.of("data"), null, null, null)).load();
    assertThat(loaded.diagnostics()).allMatch(d -> d.severity() == Severity.NOTE);
  }

  @Test
  void sampleFilesPointEditorsAtTheRightSchema() throws IOException {
    for (Path file : yamlFiles(Path.of("data"))) {
      String first = Files.readString(file, StandardCharsets.UTF_8).lines().findFirst().orElse("");
      Matcher m = SCHEMA_COMMENT.matcher(first);
      assertThat(m.matches()).as(file + " starts with a yaml-language-server comment").isTrue();
      Path target = file.getParent().resolve(m.group(1)).normalize();
      assertThat(target).as(file.toString()).isEqualTo(schemaPathFor(file).normalize());
      assertThat(target).exists();
    }
  }

  @Test
  void validFixturesPassTheSchema() throws IOException {
    for (String name : Fixtures.cases(Fixtures.VALID).toList()) {
      Path data = Fixtures.VALID.resolve(name).resolve("data");
      assertThat(problems(data)).as(name).allSatisfy((file, found) -> assertThat(found).as(file).isEmpty());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidCases")
  void invalidFixtureAgreesWithItsSchemaMark(String name) throws IOException {
    Path fixture = Fixtures.INVALID.resolve(name);
    String mark = Files.readString(fixture.resolve("schema.txt"), StandardCharsets.UTF_8).trim();
    Path data = Fixtures.prepare(fixture, work);
    Map<String, Set<ValidationMessage>> problems = problems(data);
    if (mark.equals("expressible")) {
      assertThat(Fixtures.diagnostics(data)).anyMatch(line -> line.contains(": error: "));
      assertThat(problems.values()).as("the schema rejects it too")
          .anyMatch(found -> found != null && !found.isEmpty());
    } else if (mark.startsWith("not expressible: ")) {
      assertThat(problems).as("the schema cannot see this problem, so it accepts every readable file")
          .allSatisfy((file, found) -> assertThat(found == null ? Set.of() : found).as(file).isEmpty());
    } else {
      assertThat(mark).as("schema.txt says `expressible`, `not expressible: why` or `not schema: why`")
          .startsWith("not schema: ").hasSizeGreaterThan("not schema: ".length() + 5);
    }
  }

  /**
   * The schema's findings for every YAML file under {@code data}, by file; null for a file the
   * YAML reader refuses (broken syntax, duplicate keys, an empty document).
   */
  private static Map<String, Set<ValidationMessage>> problems(Path data) throws IOException {
    Map<String, Set<ValidationMessage>> out = new TreeMap<>();
    for (Path file : yamlFiles(data)) {
      JsonNode node;
      try {
        node = YAML.readTree(file.toFile());
      } catch (IOException e) {
        node = null;
      }
      boolean readable = node != null && !node.isMissingNode() && !node.isNull();
      String name = file.getFileName().toString();
      JsonSchema schema = name.equals("company.yaml") ? COMPANY
          : EVENT_FILE.matcher(name).matches() ? EVENT : QUARTER;
      out.put(data.relativize(file).toString(), readable ? schema.validate(node) : null);
    }
    return out;
  }

  private static Path schemaPathFor(Path file) {
    String fileName = file.getFileName().toString();
    String name = fileName.equals("company.yaml") ? "company"
        : EVENT_FILE.matcher(fileName).matches() ? "event" : "quarter";
    return Path.of("schema", name + ".schema.json");
  }

  private static List<Path> yamlFiles(Path data) throws IOException {
    try (Stream<Path> walk = Files.walk(data)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
          .sorted()
          .toList();
    }
  }
}

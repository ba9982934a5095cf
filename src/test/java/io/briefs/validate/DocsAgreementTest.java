package io.briefs.validate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.briefs.pipeline.BuildOptions;
import io.briefs.pipeline.LoadResult;
import io.briefs.pipeline.Pipeline;
import io.briefs.cli.Run;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Keeps {@code docs/data-format.md} (the users' reference of the dataset format) in agreement
 * with the JSON Schemas in {@code schema/} and with the code:
 *
 * <ul>
 *   <li>every property of both schemas, at any depth and in the definitions, is named in the
 *       document as a code span ({@code `name`}) and has a description in its schema;
 *   <li>every map with free keys (ids, periods) says what its keys look like with {@code
 *       propertyNames.examples}, and each example is in the document;
 *   <li>every value of every enum is in the document;
 *   <li>the document's examples headed {@code **Complete file** `data/<company>/<file>.yaml`:}
 *       load and validate without a warning, and build (which checks their commentary);
 *   <li>every other YAML block in it is YAML, and its links to its own sections lead somewhere.
 * </ul>
 */
class DocsAgreementTest {
  static final Path DOC = Path.of("docs/data-format.md");
  private static final List<String> SCHEMAS =
      List.of("company.schema.json", "quarter.schema.json", "event.schema.json");
  private static final Pattern FENCE = Pattern.compile("(?ms)^```[^\\n]*\\n.*?^```\\s*$");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`\\n]+)`");
  private static final Pattern COMPLETE_FILE =
      Pattern.compile("(?m)^\\*\\*Complete file\\*\\* `(data/[^`]+\\.yaml)`:\\n\\n```yaml\\n(.*?)^```\\s*$", Pattern.DOTALL);
  private static final Pattern YAML_BLOCK = Pattern.compile("(?ms)^```yaml\\n(.*?)^```\\s*$");

  private static String doc;
  private static Set<String> spans;

  @TempDir Path work;

  @BeforeAll
  static void read() throws IOException {
    doc = Files.readString(DOC, StandardCharsets.UTF_8);
    spans = codeSpans(doc);
  }

  @Test
  void everySchemaPropertyIsDocumentedAndDescribed() throws IOException {
    for (String name : SCHEMAS) {
      assertThat(problems(schema(name), spans)).as(name).isEmpty();
    }
  }

  @Test
  void anUndocumentedPropertyWouldBeFound() throws IOException {
    List<String> before = problems(schema("quarter.schema.json"), spans);
    ObjectNode schema = (ObjectNode) schema("quarter.schema.json");
    ObjectNode market = (ObjectNode) schema.at("/properties/market/properties");
    market.putObject("closing_auction_price").put("type", "number").put("description", "Not in the document.");
    ObjectNode range = (ObjectNode) schema.at("/definitions/range/oneOf/0/properties");
    range.putObject("midpoint_hint").put("type", "number");
    List<String> added = new ArrayList<>(problems(schema, spans));
    added.removeAll(before);
    assertThat(added).containsExactlyInAnyOrder(
        "/properties/market/properties/closing_auction_price: `closing_auction_price` is not in " + DOC,
        "/definitions/range/oneOf/0/properties/midpoint_hint: `midpoint_hint` is not in " + DOC,
        "/definitions/range/oneOf/0/properties/midpoint_hint: no description");
  }

  @Test
  void everyEnumValueIsDocumented() throws IOException {
    for (String name : SCHEMAS) {
      List<String> missing = new ArrayList<>();
      walk(schema(name), "", (path, node) -> {
        if (node.has("enum")) {
          node.get("enum").forEach(v -> {
            if (v.isTextual() && !spans.contains(v.asText())) {
              missing.add(path + "/enum: `" + v.asText() + "`");
            }
          });
        }
      });
      assertThat(missing).as(name + ": enum values not in " + DOC).isEmpty();
    }
  }

  @Test
  void completeFilesLoadWithoutAProblemAndBuild() throws IOException {
    Map<String, String> files = completeFiles(doc);
    assertThat(files.keySet()).as("the document's complete files")
        .anyMatch(p -> p.endsWith("/company.yaml"))
        .anyMatch(p -> p.matches("data/[^/]+/fy\\d{4}-q[1-4]\\.yaml"));
    for (Map.Entry<String, String> e : files.entrySet()) {
      Path file = work.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
    }
    Path data = work.resolve("data");
    List<Diagnostic> found = new Pipeline(new BuildOptions(data, null, null, null)).load().diagnostics();
    assertThat(found).as("problems in the document's examples")
        .allMatch(d -> d.severity() == Severity.NOTE);

    Run build = Run.of(Map.of(), "build", "--data", data.toString(), "--templates", "templates",
        "--out", work.resolve("site").toString(), "--base-url", "https://example.com/briefs/", "--quiet");
    assertThat(build.code()).as(build.err()).isZero();
    assertThat(build.err()).as("the build of the document's examples").doesNotContain("warning", "error");
    long quarters = files.keySet().stream().filter(p -> p.matches("data/[^/]+/fy\\d{4}-q[1-4]\\.yaml")).count();
    assertThat(build.out() + build.err()).contains("built " + quarters + " briefs");
  }

  @Test
  void everyYamlBlockIsYaml() {
    Matcher m = YAML_BLOCK.matcher(doc);
    int blocks = 0;
    while (m.find()) {
      blocks++;
      String block = m.group(1);
      Yaml yaml = new Yaml(new SafeConstructor(new LoaderOptions()));
      try {
        yaml.load(block);
      } catch (RuntimeException e) {
        throw new AssertionError("a YAML block of " + DOC + " is not YAML:\n" + block, e);
      }
    }
    assertThat(blocks).isGreaterThan(10);
  }

  @Test
  void linksToSectionsLeadSomewhere() {
    Set<String> anchors = new LinkedHashSet<>();
    for (String line : withoutFences(doc).split("\n")) {
      if (line.startsWith("#")) {
        anchors.add(slug(line.replaceFirst("^#+\\s*", "")));
      }
    }
    Matcher m = Pattern.compile("\\]\\(#([^)]+)\\)").matcher(doc);
    List<String> broken = new ArrayList<>();
    while (m.find()) {
      if (!anchors.contains(m.group(1))) {
        broken.add(m.group(1));
      }
    }
    assertThat(broken).as("links to sections of " + DOC + " that do not exist").isEmpty();
  }

  /** Every problem of one schema against the document's code spans. */
  static List<String> problems(JsonNode schema, Set<String> documented) {
    List<String> out = new ArrayList<>();
    walk(schema, "", (path, node) -> {
      JsonNode properties = node.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fields().forEachRemaining(p -> {
          String at = path + "/properties/" + p.getKey();
          if (!documented.contains(p.getKey())) {
            out.add(at + ": `" + p.getKey() + "` is not in " + DOC);
          }
          JsonNode description = p.getValue().get("description");
          if (description == null || description.asText().isBlank()) {
            out.add(at + ": no description");
          }
        });
      }
      boolean freeKeys = node.has("patternProperties")
          || node.has("additionalProperties") && node.get("additionalProperties").isObject();
      if (freeKeys) {
        JsonNode examples = node.path("propertyNames").path("examples");
        if (!examples.isArray() || examples.isEmpty()) {
          out.add(path + ": a map with free keys needs propertyNames.examples, the key form the document shows");
        }
        for (JsonNode example : examples) {
          String key = example.asText();
          if (!documented.contains(key)) {
            out.add(path + "/propertyNames: `" + key + "` is not in " + DOC);
          }
          List<String> patterns = new ArrayList<>();
          node.path("patternProperties").fieldNames().forEachRemaining(patterns::add);
          if (node.path("propertyNames").has("pattern")) {
            patterns.add(node.path("propertyNames").get("pattern").asText());
          }
          for (String pattern : patterns) {
            if (!Pattern.compile(pattern).matcher(key).find()) {
              out.add(path + "/propertyNames: example `" + key + "` does not match " + pattern);
            }
          }
        }
        if (node.path("propertyNames").path("description").asText().isBlank()) {
          out.add(path + "/propertyNames: no description");
        }
      }
    });
    return out;
  }

  /** Calls {@code visit} on every schema object in {@code node}, depth first, with its JSON pointer. */
  static void walk(JsonNode node, String path, java.util.function.BiConsumer<String, JsonNode> visit) {
    if (node.isObject()) {
      visit.accept(path, node);
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (!f.getKey().equals("enum") && !f.getKey().equals("examples")) {
          walk(f.getValue(), path + "/" + f.getKey(), visit);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), path + "/" + i, visit);
      }
    }
  }

  /** The text of every inline code span outside fenced blocks. */
  static Set<String> codeSpans(String markdown) {
    Set<String> out = new LinkedHashSet<>();
    Matcher m = CODE_SPAN.matcher(withoutFences(markdown));
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  /** The blocks headed {@code **Complete file** `path`:}, by path. */
  static Map<String, String> completeFiles(String markdown) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = COMPLETE_FILE.matcher(markdown);
    while (m.find()) {
      String previous = out.put(m.group(1), m.group(2));
      assertThat(previous).as(m.group(1) + " is given twice as a complete file").isNull();
    }
    return out;
  }

  private static String withoutFences(String markdown) {
    return FENCE.matcher(markdown).replaceAll("");
  }

  /** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
  static String slug(String heading) {
    return heading.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
  }

  private static JsonNode schema(String name) throws IOException {
    return new ObjectMapper().readTree(Path.of("schema", name).toFile());
  }
}

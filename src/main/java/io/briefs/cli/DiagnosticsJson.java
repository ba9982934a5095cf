package io.briefs.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.briefs.diag.Diagnostic;
import java.util.List;

/**
 * Diagnostics as one JSON array of {@code {file, line, column, severity, message}} objects; line
 * and column are 0 when a problem concerns a whole file or folder.
 */
final class DiagnosticsJson {
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private DiagnosticsJson() {}

  /** The JSON text, ending with a newline. */
  static String of(List<Diagnostic> diagnostics) {
    List<Item> entries = diagnostics.stream()
        .map(d -> new Item(d.file(), d.line(), d.column(), d.severity().label(), d.message()))
        .toList();
    try {
      return MAPPER.writeValueAsString(entries) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("diagnostics are plain data and always serialise", e);
    }
  }

  /** One diagnostic as JSON sees it. */
  @JsonPropertyOrder({"file", "line", "column", "severity", "message"})
  record Item(String file, int line, int column, String severity, String message) {}
}

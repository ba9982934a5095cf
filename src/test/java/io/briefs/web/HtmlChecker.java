package io.briefs.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.xml.sax.SAXException;

/**
 * The Nu HTML checker in-process (the engine behind validator.w3.org/nu): checks HTML and the
 * CSS inside it. The first check takes a few seconds (schemas load); later ones are quick.
 */
public final class HtmlChecker {
  private static final ObjectMapper JSON = new ObjectMapper();

  private HtmlChecker() {}

  /** The errors (and fatal errors) in a page, as {@code line: message}; warnings and info are left out. */
  public static synchronized List<String> errors(String html) {
    EmbeddedValidator validator = new EmbeddedValidator();
    validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
    try {
      String out = validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
      List<String> errors = new ArrayList<>();
      for (JsonNode m : JSON.readTree(out).path("messages")) {
        String type = m.path("type").asText();
        if (type.equals("error") || type.equals("non-document-error") || m.path("subType").asText().equals("fatal")) {
          errors.add(m.path("lastLine").asText() + ": " + m.path("message").asText() + " [" + m.path("extract").asText()
              + "]");
        }
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SAXException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The errors in a page file. */
  public static List<String> errors(Path page) {
    try {
      return errors(Files.readString(page, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

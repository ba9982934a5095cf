package io.briefs.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every page type of the sample site passes the Nu HTML checker without errors, and so does the stylesheet. */
class HtmlValidityTest {

  @ParameterizedTest
  @ValueSource(strings = {"index.html", "dell/index.html", "dell/fy2026-q1/index.html", "dell/fy2025-q1/index.html",
      "methodology/index.html", "404.html"})
  void pageHasNoErrors(String page) {
    assertThat(HtmlChecker.errors(SampleBuild.site().resolve(page))).as(page).isEmpty();
  }

  /** The checker reads CSS only inside a page, so the stylesheet is checked in a style element. */
  @Test
  void stylesheetHasNoErrors() throws Exception {
    String css = Files.readString(Path.of("templates/assets/site.css"), StandardCharsets.UTF_8);
    String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>css</title><style>\n" + css
        + "\n</style></head><body><p>x</p></body></html>";
    assertThat(HtmlChecker.errors(page)).isEmpty();
  }

  /** The checker does find errors: a page with a duplicate id and a stray end tag fails. */
  @Test
  void checkerCatchesErrors() {
    String page = "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>t</title></head>"
        + "<body><p id=\"a\">x</p><p id=\"a\">y</p></div><style>p { colour: red; }</style></body></html>";
    assertThat(HtmlChecker.errors(page)).hasSizeGreaterThanOrEqualTo(2);
  }
}

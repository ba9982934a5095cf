package io.briefs.narrative;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.Golden;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.metrics.MetricsDeriver;
import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Pins the full text of every sample brief; rebuilding gives the same words. */
class SampleBriefsTest {
  static Stream<Quarter> quarters() {
    return data().quarters().stream();
  }

  static CompanyData data() {
    return new DatasetLoader(new Diagnostics()).load(Path.of("data")).companies().get(0);
  }

  private static String text(Quarter q) {
    Diagnostics d = new Diagnostics();
    String text = BriefText.of(new BriefWriter(Style.defaults()).write(MetricsDeriver.derive(data(), q), d));
    assertThat(d.sorted()).as("diagnostics while writing %s", q.period()).isEmpty();
    return text;
  }

  @ParameterizedTest
  @MethodSource("quarters")
  void fullTextMatchesItsGoldenFile(Quarter q) {
    Golden.assertMatches("briefs/" + q.companyId() + "-" + q.period().slug() + ".txt", text(q));
  }

  @ParameterizedTest
  @MethodSource("quarters")
  void writingIsDeterministic(Quarter q) {
    assertThat(text(q)).isEqualTo(text(q));
  }
}

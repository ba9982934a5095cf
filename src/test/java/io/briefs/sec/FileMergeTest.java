package io.briefs.sec;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.diag.Diagnostic;
import io.briefs.model.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keys added to existing text: whole lines or one-line entries; the rest stays byte for byte. */
class FileMergeTest {
  private static final Filing TEN_Q = new Filing("0001571996-25-900007", "10-Q", LocalDate.parse("2025-06-10"),
      LocalDate.parse("2025-05-02"));

  private static KeyTree.Leaf amount(String millions) {
    return new KeyTree.Leaf(new KeyTree.NumberValue(new BigDecimal(millions).movePointRight(6), true, "the " + TEN_Q.cite()),
        s -> TEN_Q.cite());
  }

  private static KeyTree.Leaf perShare(String value) {
    return new KeyTree.Leaf(new KeyTree.NumberValue(new BigDecimal(value), false, "the " + TEN_Q.cite()), s -> TEN_Q.cite());
  }

  private static KeyTree.Branch draft() {
    return new KeyTree.Branch(null)
        .put("units", new KeyTree.Leaf(new KeyTree.FileUnits(Units.MILLIONS), s -> null))
        .put("results", new KeyTree.Branch(null).put("revenue", amount("23378")).put("operating_income", amount("1165"))
            .put("eps", perShare("1.37")))
        .put("comparatives", new KeyTree.Branch(null)
            .put("FY2025-Q1", new KeyTree.Branch("revised").put("results", new KeyTree.Branch(null)
                .put("revenue", amount("22244")).put("operating_income", amount("965")))));
  }

  private static FileMerge.Merged merge(String text) throws Exception {
    YamlText yaml = YamlText.parse("q.yaml", text);
    Units scale = yaml.root.get("units") instanceof YamlText.YamlNode.Scalar s ? Units.of(s.value()) : Units.MILLIONS;
    return FileMerge.merge(yaml, draft(), scale);
  }

  @Test
  void oneLineMappingsGetEntriesInsideTheirBraces() throws Exception {
    FileMerge.Merged r = merge("units: millions\nresults: { revenue: 23378 }   # as released\n"
        + "comparatives: { FY2025-Q1: { results: { revenue: 22244 } } }\n");
    assertThat(r.text()).isEqualTo("units: millions\nresults: { revenue: 23378, operating_income: 1165, eps: 1.37 }"
        + "   # as released\ncomparatives: { FY2025-Q1: { results: { revenue: 22244, operating_income: 965 } } }\n");
    assertThat(r.added()).containsExactly("results.operating_income", "results.eps",
        "comparatives.FY2025-Q1.results.operating_income");
    assertThat(YamlText.parse("q.yaml", r.text()).root.entries()).hasSize(3);
  }

  @Test
  void amountsAreWrittenInTheFilesUnitsAndCompareInThem() throws Exception {
    FileMerge.Merged r = merge("units: billions\nresults:\n  revenue: { value: 23.378, change_pct: 5 }\n");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.text()).startsWith("units: billions\nresults:\n  revenue: { value: 23.378, change_pct: 5 }\n"
        + "  operating_income: 1.165         # 10-Q 0001571996-25-900007 filed 2025-06-10\n"
        + "  eps: 1.37 ");
    assertThat(r.text()).contains("      operating_income: 0.965     #");
    FileMerge.Merged rounded = merge("units: billions\nresults:\n  revenue: 23.4\n");
    assertThat(rounded.warnings()).extracting(Diagnostic::format).containsExactly(
        "q.yaml:3:12: warning: results.revenue: kept 23.4 as written; the 10-Q 0001571996-25-900007 filed 2025-06-10"
            + " gives 23.378");
  }

  @Test
  void aBlockScalarAtTheEndCrlfAndNoFinalLineBreakAreKept() throws Exception {
    String text = "\uFEFFunits: millions\r\nresults:\r\n  revenue: 23378\r\ncommentary: |\r\n  First.\r\n\r\n  Second.";
    FileMerge.Merged r = merge(text);
    assertThat(r.text()).startsWith("\uFEFFunits: millions\r\nresults:\r\n  revenue: 23378\r\n"
        + "  operating_income: 1165 ");
    assertThat(r.text()).contains("commentary: |\r\n  First.\r\n\r\n  Second.\r\ncomparatives:").doesNotContain("\n\n")
        .doesNotEndWith("\n");
    YamlText back = YamlText.parse("q.yaml", r.text());
    assertThat(((YamlText.YamlNode.Scalar) back.root.get("commentary")).value()).isEqualTo("First.\n\nSecond.\n");
  }

  @Test
  void somethingElseWhereAMappingBelongsIsReportedAndLeft() throws Exception {
    FileMerge.Merged r = merge("units: millions\nresults:\n  revenue: 23378\ncomparatives: []\n");
    assertThat(r.warnings()).extracting(Diagnostic::format)
        .containsExactly("q.yaml:4:15: warning: comparatives is not a mapping here, so nothing was added to it");
    assertThat(r.text()).endsWith("comparatives: []\n");
  }

  @Test
  void nothingMissingMeansNoText() throws Exception {
    String text = FileMerge.render(List.of("# header"), draft(), Units.MILLIONS);
    FileMerge.Merged r = merge(text);
    assertThat(r.changed()).isFalse();
    assertThat(r.text()).isNull();
    assertThat(r.warnings()).isEmpty();
  }
}

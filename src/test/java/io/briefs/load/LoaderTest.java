package io.briefs.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.Corpus;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.FiscalYear;
import io.briefs.model.Guidance;
import io.briefs.model.Metric;
import io.briefs.model.Quarter;
import io.briefs.model.RangeForm;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoaderTest {
  @TempDir Path dir;

  private static final String HEADER = """
      period_end: 2025-03-31
      reported: 2025-04-24
      units: millions
      """;

  private List<String> load(TestData data) {
    Diagnostics d = new Diagnostics();
    new DatasetLoader(d).load(data.root());
    String root = data.root().toString() + "/";
    return d.sorted().stream().map(Diagnostic::format).map(s -> s.replace(root, "")).toList();
  }

  private Quarter loadOne(TestData data) {
    Diagnostics d = new Diagnostics();
    Corpus corpus = new DatasetLoader(d).load(data.root());
    assertThat(d.sorted()).isEmpty();
    return corpus.companies().get(0).quarters().get(0);
  }

  @Test
  void sampleDataLoadsWithoutAProblem() {
    Diagnostics d = new Diagnostics();
    Corpus corpus = new DatasetLoader(d).load(Path.of("data"));
    assertThat(d.sorted()).isEmpty();
    assertThat(corpus.companies()).hasSize(1);
    assertThat(corpus.companies().get(0).quarters()).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void anUnreadCompanyIsNotOpenedButTheFolderAroundItIsStillChecked() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEADER + "results:\n  revenue: [\n")
        .file("stray.txt", "x");
    Diagnostics d = new Diagnostics();
    Corpus corpus = new DatasetLoader(d, 2).load(data.root(), java.util.Set.of("acme"));
    String root = data.root().toString() + "/";
    assertThat(d.sorted().stream().map(Diagnostic::format).map(s -> s.replace(root, "")))
        .as("the broken quarter file is not read; the stray file beside the company is found")
        .containsExactly("stray.txt: error: unexpected file in the data folder: it holds one folder per company");
    assertThat(corpus.companies()).isEmpty();
    assertThat(load(data)).anyMatch(line -> line.startsWith("acme/fy2025-q1.yaml:"));
  }

  @Test
  void scalesMoneyByUnitsButNotPerShareAmounts() {
    Quarter q = loadOne(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results:
          revenue: 1234.5
          eps: 1.37
        """));
    assertThat(q.figures().result(Metric.REVENUE).value()).isEqualByComparingTo("1234500000");
    assertThat(q.figures().result(Metric.EPS).value()).isEqualByComparingTo("1.37");
  }

  @Test
  void keepsWrittenPrecisionAndStatedChange() {
    Quarter q = loadOne(TestData.in(dir).quarter("FY2025-Q1", HEADER.replace("millions", "billions") + """
        results:
          revenue: { value: 7.6, change_pct: -18 }
        """));
    Amount revenue = q.figures().result(Metric.REVENUE);
    assertThat(revenue.value().ulp()).isEqualByComparingTo("100000000");
    assertThat(revenue.statedChangePct()).isEqualByComparingTo("-18");
    assertThat(revenue.loc().line()).isEqualTo(7);
  }

  @Test
  void normalisesEveryRangeForm() {
    Quarter q = loadOne(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results: { revenue: 100 }
        guidance:
          - period: FY2025-Q2
            revenue: { low: 28500, high: 29500 }
            eps: { mid: 2.25, plus_minus: 0.10 }
            net_income: { mid: 200, plus_minus_pct: 10 }
          - period: FY2025
            eps_non_gaap: { mid: 9.40 }
            kpis: { orders: { low: 15000 }, backlog: { high: 9 } }
        """));
    Guidance quarter = q.guidance().get(0);
    assertThat(quarter.period()).isEqualTo(new FiscalQuarter(2025, 2));
    assertThat(quarter.metrics().get(Metric.REVENUE).mid()).isEqualByComparingTo("29000000000");
    assertThat(quarter.metrics().get(Metric.EPS).low()).isEqualByComparingTo("2.15");
    assertThat(quarter.metrics().get(Metric.NET_INCOME).high()).isEqualByComparingTo("220000000");
    Guidance year = q.guidance().get(1);
    assertThat(year.period()).isEqualTo(new FiscalYear(2025));
    assertThat(year.metrics().get(Metric.EPS_NON_GAAP).form()).isEqualTo(RangeForm.MID);
    assertThat(year.kpis().get("orders").form()).isEqualTo(RangeForm.AT_LEAST);
    assertThat(year.kpis().get("backlog").form()).isEqualTo(RangeForm.AT_MOST);
  }

  @Test
  void readsEveryOptionalBlock() {
    Quarter q = loadOne(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results: { revenue: 100 }
        segments:
          cloud: { revenue: 60, operating_income: 6, lines: { compute: 40, storage: { value: 20, change_pct: 5 } } }
        kpis: { orders: 12, customers: 1200 }
        comparatives:
          FY2024-Q1: { results: { revenue: 90 }, segments: { cloud: { revenue: 50 } } }
        consensus: { revenue: 95, eps: 1.1, source: LSEG }
        market: { previous_close: 113.63, after_hours_change_pct: 5.39, next_close: 112.15 }
        analysts:
          - { firm: TD Cowen, action: raise-target, price_target: { from: 110, to: 125 } }
          - { firm: Evercore ISI, action: reiterate, rating: Outperform }
        holders:
          - { holder: Norges Bank, change_shares: 3690000 }
          - { holder: Capital World Investors, change_shares: -12460000, exited: true }
        quotes:
          - { speaker: Jane Doe, title: CEO, text: "We had a quarter." }
        risks: [Supply could tighten.]
        commentary: |
          A *good* quarter.
        sources:
          - { title: Release, url: "https://example.com/release" }
        """));
    assertThat(q.figures().segment("cloud").lines().get("storage").statedChangePct()).isEqualByComparingTo("5");
    assertThat(q.figures().kpi("customers").value()).isEqualByComparingTo("1200");
    assertThat(q.comparative(new FiscalQuarter(2024, 1)).result(Metric.REVENUE).value())
        .isEqualByComparingTo("90000000");
    assertThat(q.coverage().consensus().source()).isEqualTo("LSEG");
    assertThat(q.coverage().market().nextClose()).isEqualByComparingTo("112.15");
    assertThat(q.coverage().analysts()).hasSize(2);
    assertThat(q.coverage().analysts().get(0).targetFrom()).isEqualByComparingTo("110");
    assertThat(q.coverage().holders().get(1).exited()).isTrue();
    assertThat(q.coverage().holders().get(1).changeShares()).isEqualTo(-12460000L);
    assertThat(q.coverage().quotes().get(0).title()).isEqualTo("CEO");
    assertThat(q.coverage().risks()).containsExactly("Supply could tighten.");
    assertThat(q.coverage().commentary()).isEqualTo("A *good* quarter.\n");
    assertThat(q.coverage().sources().get(0).url()).isEqualTo("https://example.com/release");
  }

  @Test
  void unknownKeyNamesFileLineColumnAndNearestKey() {
    List<String> d = load(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results:
          revnue: 100
        """));
    assertThat(d).containsExactly(
        "acme/fy2025-q1.yaml:7:3: error: unknown key `revnue` in results; did you mean `revenue`?");
  }

  @Test
  void wrongTypesAreReportedWithTheExpectedForm() {
    List<String> d = load(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results:
          revenue: "100"
          eps: yes
        """));
    assertThat(d).containsExactly(
        "acme/fy2025-q1.yaml:7:12: error: expected revenue (a number, or { value: 123, change_pct: 4 }),"
            + " found the text \"100\" in quotes; write the number without quotes",
        "acme/fy2025-q1.yaml:8:8: error: expected diluted earnings per share (a number, or { value: 123,"
            + " change_pct: 4 }), found the word yes");
  }

  @Test
  void anEscapeCutShortOrBeyondUnicodeIsASyntaxErrorAtTheEscape() {
    // SnakeYAML fails with a NumberFormatException on both (found by the fuzzer)
    assertThat(load(TestData.in(dir).quarter("FY2025-Q1", HEADER + "results: { revenue: 100 }\nnote: \"up \\u")))
        .containsExactly("acme/fy2025-q1.yaml:7:11: error: YAML syntax: the file ends inside the escape `\\u` of a "
            + "double-quoted string (`\\x` takes 2 hex digits, `\\u` 4 and `\\U` 8, up to `\\U0010FFFF`)");
    assertThat(load(TestData.in(dir).quarter("FY2025-Q1", HEADER + "results: { revenue: 100 }\nnote: \"📈 \\UFFFFFFFF\"\n")))
        .containsExactly("acme/fy2025-q1.yaml:7:10: error: YAML syntax: the escape `\\UFFFFFFFF` in a "
            + "double-quoted string is no character (`\\x` takes 2 hex digits, `\\u` 4 and `\\U` 8, up to "
            + "`\\U0010FFFF`)");
  }

  @Test
  void brokenYamlIsASyntaxErrorWithItsLine() {
    List<String> d = load(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results: { revenue: 100
        """));
    assertThat(d).hasSize(1);
    assertThat(d.get(0)).startsWith("acme/fy2025-q1.yaml:").contains("error: YAML syntax:")
        .contains("that starts at line 6");
  }

  @Test
  void fileNamesMustAgreeWithTheirPeriod() {
    List<String> d = load(TestData.in(dir).file("acme/fy2025-q1.yaml", """
        company: acme
        period: FY2025-Q2
        """ + HEADER + "results: { revenue: 1 }\n"));
    assertThat(d).containsExactly("acme/fy2025-q1.yaml:2:9: error: period FY2025-Q2 does not match the file"
        + " name fy2025-q1.yaml; rename the file to fy2025-q2.yaml or fix the period");
  }

  @Test
  void undeclaredSegmentSuggestsTheDeclaredOne() {
    List<String> d = load(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results: { revenue: 100 }
        segments:
          clowd: { revenue: 5 }
        """));
    assertThat(d).containsExactly("acme/fy2025-q1.yaml:8:3: error: unknown key `clowd` in segments; did you mean `cloud`?");
  }

  @Test
  void strayFilesAreErrorsNotSkipped() {
    List<String> d = load(TestData.in(dir).file("acme/notes.txt", "x").file("acme/FY2025-Q1.yaml", "x: 1\n"));
    assertThat(d).containsExactly(
        "acme/FY2025-Q1.yaml: error: unexpected file `FY2025-Q1.yaml`: a company folder holds company.yaml,"
            + " quarter files named like fy2026-q1.yaml and guidance events named like 2025-10-15-investor-day.yaml"
            + " (use lower case: fy2025-q1.yaml)",
        "acme/notes.txt: error: unexpected file `notes.txt`: a company folder holds company.yaml,"
            + " quarter files named like fy2026-q1.yaml and guidance events named like"
            + " 2025-10-15-investor-day.yaml");
  }

  @Test
  void aliasesAreRefused() {
    List<String> d = load(TestData.in(dir).quarter("FY2025-Q1", HEADER + """
        results:
          revenue: &r 100
          net_income: *r
        """));
    assertThat(d).containsExactly(
        "acme/fy2025-q1.yaml:7:12: error: YAML anchors (&r) are not allowed: write each value out in full",
        "acme/fy2025-q1.yaml:8:15: error: YAML aliases (*r) are not allowed: write the value out in full");
  }

  @Test
  void bomAndCrlfLoad() {
    String text = ("\uFEFFcompany: acme\nperiod: FY2025-Q1\n" + HEADER + "results: { revenue: 5 }\n")
        .replace("\n", "\r\n");
    Quarter q = loadOne(TestData.in(dir).file("acme/fy2025-q1.yaml", text));
    assertThat(q.figures().result(Metric.REVENUE).value()).isEqualByComparingTo(new BigDecimal("5000000"));
  }

  @Test
  void loadingCompaniesSideBySideReportsAndLoadsExactlyWhatOneAtATimeDoes() {
    TestData data = TestData.in(dir).quarter("FY2025-Q1", HEADER + "results: { revenue: 100 }\n");
    for (int i = 0; i < 12; i++) {
      String id = "co" + i;
      data.file(id + "/company.yaml", TestData.COMPANY.replace("id: acme", "id: " + id));
      data.file(id + "/fy2025-q1.yaml", "company: " + id + "\nperiod: FY2025-Q1\n" + HEADER
          + "results: { revenue: " + (i % 3 == 0 ? "lots" : String.valueOf(100 + i)) + " }\n");
      data.file(id + "/fy2025-q2.yaml", "company: " + id + "\nperiod: FY2025-Q2\n" + HEADER
          + (i % 4 == 0 ? "mystery: 1\n" : "") + "results: { revenue: 7 }\n");
    }
    Diagnostics alone = new Diagnostics();
    Corpus one = new DatasetLoader(alone).load(data.root());
    Diagnostics together = new Diagnostics();
    Corpus many = new DatasetLoader(together, 4).load(data.root());

    assertThat(alone.sorted()).hasSizeGreaterThanOrEqualTo(7).isEqualTo(together.sorted());
    assertThat(many).isEqualTo(one);
    assertThat(many.companies()).extracting(c -> c.company().id()).startsWith("acme", "co0", "co1", "co10");
  }
}

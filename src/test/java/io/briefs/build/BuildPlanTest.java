package io.briefs.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.TestData;
import io.briefs.diag.Diagnostics;
import io.briefs.load.DatasetLoader;
import io.briefs.model.Corpus;
import io.briefs.model.FiscalQuarter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build plan on its own, without rendering anything: which briefs a build renders, which it
 * carries, which companies it need not read and when the site is already up to date, judged from
 * fingerprints, the last build's state and the files in the output folder.
 */
class BuildPlanTest {
  private static final String SETTINGS = "settings-1";

  @TempDir Path dir;
  private Path data;
  private Path out;

  private static String quarter(String end, String reported, String revenue) {
    return "period_end: " + end + "\nreported: " + reported + "\nunits: millions\nresults:\n  revenue: " + revenue
        + "\n";
  }

  @BeforeEach
  void twoCompanies() throws IOException {
    TestData d = TestData.in(dir)
        .quarter("FY2024-Q1", quarter("2024-03-31", "2024-04-25", "100"))
        .quarter("FY2024-Q2", quarter("2024-06-30", "2024-07-25", "110"));
    d.file("zeta/company.yaml", TestData.COMPANY.replace("id: acme", "id: zeta"));
    d.file("zeta/fy2024-q1.yaml", "company: zeta\nperiod: FY2024-Q1\n" + quarter("2024-03-31", "2024-04-25", "7"));
    data = d.root();
    out = Files.createDirectories(dir.resolve("site"));
  }

  private Corpus corpus(Set<String> unread) {
    Diagnostics diagnostics = new Diagnostics();
    Corpus corpus = new DatasetLoader(diagnostics, 1).load(data, unread);
    assertThat(diagnostics.hasErrors()).as(diagnostics.sorted().toString()).isFalse();
    return corpus;
  }

  private Fingerprints prints() {
    return Fingerprints.of(data, SETTINGS);
  }

  /** The state a full build of {@code prints} leaves, with every listed file written to the site. */
  private BuildState published(Fingerprints prints) throws IOException {
    Map<String, BuildState.BriefRecord> briefs = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : prints.briefs().entrySet()) {
      String file = e.getKey() + "/index.html";
      write(file);
      briefs.put(e.getKey(), new BuildState.BriefRecord(e.getValue(), List.of(file), null));
    }
    Map<String, BuildState.Page> companies = new LinkedHashMap<>();
    for (Map.Entry<String, String> e : prints.companies().entrySet()) {
      String file = e.getKey() + "/index.html";
      write(file);
      companies.put(e.getKey(), new BuildState.Page(e.getValue(), List.of(file), List.of()));
    }
    return BuildState.of(prints.settings(), prints.layout(), briefs, companies);
  }

  private void write(String file) throws IOException {
    Path p = out.resolve(file);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "page");
  }

  private static List<String> keys(BuildPlan plan) {
    return plan.toRender().stream().map(BuildPlan.Job::key).toList();
  }

  private static Scope scope(String company, FiscalQuarter period, Shard shard, boolean force) {
    return new Scope(1, force, company, period, null, shard);
  }

  @Test
  void withoutAStateEveryBriefIsRenderedAndEveryCompanyRead() {
    Fingerprints prints = prints();
    BuildPlan plan = BuildPlan.of(corpus(Set.of()), Set.of(), Scope.all(), prints, Reuse.INCREMENTAL, null, out);
    assertThat(keys(plan)).containsExactly("acme/fy2024-q1", "acme/fy2024-q2", "zeta/fy2024-q1");
    assertThat(plan.published()).containsExactly("acme/fy2024-q1", "acme/fy2024-q2", "zeta/fy2024-q1");
    assertThat(plan.carriedFiles(null)).isEmpty();
    assertThat(BuildPlan.unread(prints, Reuse.INCREMENTAL, null, out, Scope.all())).isEmpty();
    assertThat(BuildPlan.isUpToDate(prints, null, out, Scope.all())).isFalse();
    assertThat(BuildPlan.changed(prints, Reuse.INCREMENTAL, null, Scope.all())).isEqualTo(3);
  }

  @Test
  void whenNothingChangedNothingIsRenderedOrReadAndTheSiteIsUpToDate() throws IOException {
    Fingerprints prints = prints();
    BuildState last = published(prints);
    assertThat(BuildPlan.isUpToDate(prints, last, out, Scope.all())).isTrue();
    Set<String> unread = BuildPlan.unread(prints, Reuse.INCREMENTAL, last, out, Scope.all());
    assertThat(unread).containsExactly("acme", "zeta");
    BuildPlan plan = BuildPlan.of(corpus(unread), unread, Scope.all(), prints, Reuse.INCREMENTAL, last, out);
    assertThat(keys(plan)).isEmpty();
    assertThat(plan.published()).containsExactly("acme/fy2024-q1", "acme/fy2024-q2", "zeta/fy2024-q1");
    assertThat(plan.carriedFiles(last)).containsExactly("acme/fy2024-q1/index.html", "acme/fy2024-q2/index.html",
        "zeta/fy2024-q1/index.html");
    assertThat(BuildPlan.changed(prints, Reuse.INCREMENTAL, last, Scope.all())).isZero();
  }

  @Test
  void anEditedQuarterRendersItAndTheQuartersAfterItAndItsCompanyIsRead() throws IOException {
    BuildState last = published(prints());
    Files.writeString(data.resolve("acme/fy2024-q1.yaml"),
        Files.readString(data.resolve("acme/fy2024-q1.yaml")).replace("revenue: 100", "revenue: 101"));
    Fingerprints prints = prints();
    assertThat(BuildPlan.isUpToDate(prints, last, out, Scope.all())).isFalse();
    Set<String> unread = BuildPlan.unread(prints, Reuse.INCREMENTAL, last, out, Scope.all());
    assertThat(unread).containsExactly("zeta");
    BuildPlan plan = BuildPlan.of(corpus(unread), unread, Scope.all(), prints, Reuse.INCREMENTAL, last, out);
    // the second quarter compares with the first, so its fingerprint covers it
    assertThat(keys(plan)).containsExactly("acme/fy2024-q1", "acme/fy2024-q2");
    assertThat(plan.published()).containsExactly("acme/fy2024-q1", "acme/fy2024-q2", "zeta/fy2024-q1");
    assertThat(plan.carriedFiles(last)).containsExactly("zeta/fy2024-q1/index.html");
    assertThat(BuildPlan.changed(prints, Reuse.INCREMENTAL, last, Scope.all())).isEqualTo(2);
  }

  @Test
  void aPublishedFileDeletedByHandIsRenderedAgainAndItsCompanyRead() throws IOException {
    Fingerprints prints = prints();
    BuildState last = published(prints);
    Files.delete(out.resolve("zeta/fy2024-q1/index.html"));
    assertThat(BuildPlan.isUpToDate(prints, last, out, Scope.all())).isFalse();
    Set<String> unread = BuildPlan.unread(prints, Reuse.INCREMENTAL, last, out, Scope.all());
    assertThat(unread).containsExactly("acme");
    BuildPlan plan = BuildPlan.of(corpus(unread), unread, Scope.all(), prints, Reuse.INCREMENTAL, last, out);
    assertThat(keys(plan)).containsExactly("zeta/fy2024-q1");
  }

  @Test
  void otherSettingsOrAForcedBuildRenderEverything() throws IOException {
    BuildState last = published(prints());
    Fingerprints other = Fingerprints.of(data, "settings-2");
    assertThat(BuildPlan.isUpToDate(other, last, out, Scope.all())).isFalse();
    assertThat(BuildPlan.unread(other, Reuse.INCREMENTAL, last, out, Scope.all())).isEmpty();
    assertThat(keys(BuildPlan.of(corpus(Set.of()), Set.of(), Scope.all(), other, Reuse.INCREMENTAL, last, out)))
        .hasSize(3);
    Scope forced = scope(null, null, null, true);
    assertThat(BuildPlan.unread(prints(), Reuse.INCREMENTAL, last, out, forced)).isEmpty();
    assertThat(keys(BuildPlan.of(corpus(Set.of()), Set.of(), forced, prints(), Reuse.INCREMENTAL, last, out)))
        .hasSize(3);
  }

  @Test
  void reusingNothingRendersTheSelectionAndPublishesOnlyIt() throws IOException {
    Fingerprints prints = prints();
    BuildState last = published(prints);
    Scope acme = scope("acme", null, null, false);
    assertThat(BuildPlan.unread(prints, Reuse.NONE, last, out, acme)).isEmpty();
    BuildPlan plan = BuildPlan.of(corpus(Set.of()), Set.of(), acme, prints, Reuse.NONE, last, out);
    assertThat(keys(plan)).containsExactly("acme/fy2024-q1", "acme/fy2024-q2");
    assertThat(plan.published()).containsExactly("acme/fy2024-q1", "acme/fy2024-q2");
    assertThat(plan.carriedFiles(last)).isEmpty();
    assertThat(BuildPlan.changed(prints, Reuse.NONE, last, acme)).isEqualTo(3);
  }

  @Test
  void aSelectionKeepsWhatTheSiteHasOfTheOthersAndLeavesOutWhatItLacks() throws IOException {
    Fingerprints prints = prints();
    BuildState last = published(prints);
    Files.delete(out.resolve("acme/fy2024-q2/index.html"));
    Scope zeta = scope("zeta", null, null, true);
    BuildPlan plan = BuildPlan.of(corpus(Set.of()), Set.of(), zeta, prints, Reuse.INCREMENTAL, last, out);
    assertThat(keys(plan)).containsExactly("zeta/fy2024-q1");
    // acme Q2's files are gone from the site, so it cannot be carried and is left out
    assertThat(plan.published()).containsExactly("acme/fy2024-q1", "zeta/fy2024-q1");
    assertThat(plan.carriedFiles(last)).containsExactly("acme/fy2024-q1/index.html");
  }

  @Test
  void aShardHoldsOnlyItsShareAndReadsEveryCompany() throws IOException {
    Fingerprints prints = prints();
    BuildState last = published(prints);
    Shard first = new Shard(1, 2);
    Scope shard = scope(null, null, first, false);
    assertThat(BuildPlan.unread(prints, Reuse.INCREMENTAL, last, out, shard)).isEmpty();
    BuildPlan plan = BuildPlan.of(corpus(Set.of()), Set.of(), shard, prints, Reuse.INCREMENTAL, null, out);
    assertThat(plan.published()).allMatch(first::holds).isEqualTo(keys(plan));
    List<String> all = List.of("acme/fy2024-q1", "acme/fy2024-q2", "zeta/fy2024-q1");
    assertThat(plan.published()).containsExactlyElementsOf(all.stream().filter(first::holds).toList());
  }

  @Test
  void aStrayFileInACompanyFolderMeansItIsReadAgain() throws IOException {
    Fingerprints before = prints();
    BuildState last = published(before);
    Files.writeString(data.resolve("zeta/notes.txt"), "a stray file");
    Fingerprints prints = prints();
    assertThat(prints.briefs()).isEqualTo(before.briefs());
    assertThat(BuildPlan.unread(prints, Reuse.INCREMENTAL, last, out, Scope.all())).containsExactly("acme");
    assertThat(BuildPlan.isUpToDate(prints, last, out, Scope.all())).isFalse();
  }
}

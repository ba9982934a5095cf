package io.briefs.build;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import io.briefs.cli.Trees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Incremental builds make the same bytes as full ones: a brief is rendered again exactly when
 * something it depends on changed (its quarter file, an earlier one, the company, the templates
 * or the style file), the outputs of deleted datasets disappear, and shards merged equal one
 * build. Two companies of real Dell figures (the second a renamed copy) keep each build small.
 */
class IncrementalBuildTest {
  private static final Map<String, String> ENV = Map.of("SOURCE_DATE_EPOCH", "1748476800");
  private static final String BASE = "https://example.com/briefs/";

  @TempDir Path dir;
  private Path data;
  private Path templates;

  @BeforeEach
  void copyData() throws IOException {
    data = dir.resolve("data");
    templates = dir.resolve("templates");
    Trees.copy(Path.of("templates"), templates);
    Path dell = Files.createDirectories(data.resolve("dell"));
    Path delta = Files.createDirectories(data.resolve("delta"));
    Path sample = Path.of("data/dell");
    Files.copy(sample.resolve("company.yaml"), dell.resolve("company.yaml"));
    Files.writeString(delta.resolve("company.yaml"),
        read(sample.resolve("company.yaml")).replace("id: dell", "id: delta"));
    for (String q : List.of("fy2026-q1", "fy2026-q2")) {
      Files.copy(sample.resolve(q + ".yaml"), dell.resolve(q + ".yaml"));
    }
    for (String q : List.of("fy2026-q3", "fy2026-q4")) {
      Files.writeString(delta.resolve(q + ".yaml"),
          read(sample.resolve(q + ".yaml")).replace("company: dell", "company: delta"));
    }
  }

  @Test
  void anIncrementalBuildMakesTheBytesOfAFullOne() throws IOException {
    Path site = dir.resolve("site");
    assertThat(build(site).out()).contains("built 4 briefs").contains("(4 rendered, 0 unchanged)");
    reword(data.resolve("dell/fy2026-q1.yaml"));
    // the quarter and the one after it, which compares with it
    assertThat(build(site).out()).contains("(2 rendered, 2 unchanged)");
    Path fresh = dir.resolve("fresh");
    build(fresh);
    assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));
  }

  @Test
  void aGuidanceEventRebuildsItsCompanysBriefs() throws IOException {
    Path site = dir.resolve("site");
    build(site);
    Path event = data.resolve("dell/2025-06-10-investor-day.yaml");
    Files.writeString(event, """
        company: dell
        date: 2025-06-10
        title: Investor Day
        units: millions
        guidance:
          - period: FY2026
            revenue: { low: 102000, high: 106000 }
        """);
    // any of a company's events may be the guidance in force at one of its releases
    assertThat(build(site).out()).contains("(2 rendered, 2 unchanged)");
    assertThat(read(site.resolve("dell/fy2026-q2/index.html"))).contains("Investor Day");
    Path fresh = dir.resolve("fresh");
    build(fresh);
    assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));
    Files.delete(event);
    assertThat(build(site).out()).contains("(2 rendered, 2 unchanged)");
  }

  @Test
  void aLaterQuarterLeavesEarlierBriefsAlone() throws IOException {
    Path site = dir.resolve("site");
    build(site);
    reword(data.resolve("dell/fy2026-q2.yaml"));
    assertThat(build(site).out()).contains("(1 rendered, 3 unchanged)");
  }

  @Test
  void aCompanyNoneOfWhoseFilesChangedIsNotReadAgain() throws IOException {
    Path site = dir.resolve("site");
    build(site);
    reword(data.resolve("dell/fy2026-q2.yaml"));
    assertThat(build(site).out()).contains("(1 rendered, 3 unchanged); 1 unchanged company not read again");
    // its home page entries, feed entries and sparklines come from the build state: the same bytes
    Path fresh = dir.resolve("fresh");
    build(fresh);
    assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));

    // a published page gone missing, a stray file: the company is read again (dell is not)
    Files.delete(site.resolve("delta/index.html"));
    assertThat(build(site).out()).contains("(0 rendered, 4 unchanged); 1 unchanged company not read again");
    assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));
    Files.writeString(data.resolve("delta/notes.txt"), "draft\n");
    reword(data.resolve("dell/fy2026-q1.yaml"));
    Run stray = run(site);
    assertThat(stray.code()).isEqualTo(1);
    assertThat(stray.err()).contains("delta/notes.txt: error: unexpected file `notes.txt`");
  }

  @Test
  void warningsOfAnUnreadCompanyAreStillReported() throws IOException {
    edit(data.resolve("delta/fy2026-q3.yaml"), "period_end: 2025-10-31", "period_end: 2025-10-10");
    String warning = "delta/fy2026-q3.yaml:5:13: warning: period_end 2025-10-10 is 21 days from 2025-10-31";
    Path site = dir.resolve("site");
    assertThat(build(site).err()).contains(warning);
    reword(data.resolve("dell/fy2026-q2.yaml"));
    Run again = build(site);
    assertThat(again.out()).contains("1 unchanged company not read again");
    assertThat(again.err()).contains(warning);
    assertThat(build(site).err()).as("nothing changed").contains(warning);
    edit(data.resolve("delta/fy2026-q3.yaml"), "period_end: 2025-10-10", "period_end: 2025-10-31");
    assertThat(build(site).err()).doesNotContain("warning: period_end");
  }

  @Test
  void aNoChangeBuildWritesNothing() throws IOException {
    Path site = dir.resolve("site");
    build(site);
    Map<String, String> before = Trees.snapshot(site);
    Object inode = Files.getAttribute(site, "unix:ino");
    assertThat(build(site).out()).contains("is up to date (4 briefs)");
    assertThat(Files.getAttribute(site, "unix:ino")).isEqualTo(inode);
    assertThat(Trees.snapshot(site)).isEqualTo(before);
  }

  @Test
  void aChangedTemplateOrStyleFileRebuildsEveryBrief() throws IOException {
    Path site = dir.resolve("site");
    build(site);
    Files.writeString(templates.resolve("brief.ftlh"), "<#-- edited -->\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(build(site).out()).contains("(4 rendered, 0 unchanged)");
    edit(templates.resolve("style.yaml"), "record_since_quarters: 6", "record_since_quarters: 5");
    assertThat(build(site).out()).contains("(4 rendered, 0 unchanged)");
    assertThat(build(site).out()).contains("up to date");
    Path fresh = dir.resolve("fresh");
    build(fresh);
    assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));
  }

  @Test
  void aDeletedDatasetsOutputsDisappear() throws IOException {
    Path site = dir.resolve("site");
    build(site);
    assertThat(site.resolve("delta/fy2026-q4/index.html")).exists();
    Files.delete(data.resolve("delta/fy2026-q4.yaml"));
    assertThat(build(site).out()).contains("built 3 briefs").contains("(0 rendered, 3 unchanged)");
    assertThat(site.resolve("delta/fy2026-q4")).doesNotExist();
    assertThat(read(site.resolve("delta/index.html"))).doesNotContain("fy2026-q4");
    assertThat(read(site.resolve("feed.xml"))).doesNotContain("delta/fy2026-q4");

    Trees.deleteTree(data.resolve("delta"));
    build(site);
    assertThat(site.resolve("delta")).doesNotExist();
    assertThat(read(site.resolve("index.html"))).doesNotContain("delta/");
    Path fresh = dir.resolve("fresh");
    build(fresh);
    assertThat(Trees.snapshot(site)).isEqualTo(Trees.snapshot(fresh));
  }

  @Test
  void twoShardsMergedEqualOneBuild() throws IOException {
    Path one = dir.resolve("shard1");
    Path two = dir.resolve("shard2");
    build(one, "--shard", "1/2");
    build(two, "--shard", "2/2");
    List<String> all = List.of("dell/fy2026-q1", "dell/fy2026-q2", "delta/fy2026-q3", "delta/fy2026-q4");
    assertThat(briefsIn(one)).isEqualTo(all.stream().filter(new Shard(1, 2)::holds).toList());
    assertThat(briefsIn(two)).isEqualTo(all.stream().filter(new Shard(2, 2)::holds).toList());
    assertThat(one.resolve("index.html")).as("a shard writes no listing pages").doesNotExist();

    Path merged = dir.resolve("merged");
    Run m = merge(merged, one, two);
    assertThat(m.code()).as(m.err()).isZero();
    assertThat(m.out()).contains("built 4 briefs");
    Path full = dir.resolve("full");
    build(full);
    assertThat(Trees.snapshot(merged)).isEqualTo(Trees.snapshot(full));
  }

  @Test
  void aMergeOfMissingOrStaleShardsFailsAndSaysWhy() throws IOException {
    Path one = dir.resolve("shard1");
    Path two = dir.resolve("shard2");
    build(one, "--shard", "1/2");
    build(two, "--shard", "2/2");
    Path merged = dir.resolve("merged");
    Run missing = merge(merged, one);
    assertThat(missing.code()).isEqualTo(1);
    assertThat(missing.err()).contains("no shard has the brief").contains("was not changed");
    assertThat(merged).doesNotExist();

    reword(data.resolve("dell/fy2026-q2.yaml"));
    Run stale = merge(merged, one, two);
    assertThat(stale.code()).isEqualTo(1);
    assertThat(stale.err()).contains("has the brief dell/fy2026-q2 built from other data");

    Run notShard = merge(merged, one, data);
    assertThat(notShard.err()).contains("is not the output of a briefs build");
    assertThat(merged).doesNotExist();
  }

  private Run merge(Path out, Path... shards) {
    List<String> args = new ArrayList<>(List.of("merge", "--data", data.toString(), "--templates",
        templates.toString(), "--out", out.toString(), "--base-url", BASE));
    for (Path s : shards) {
      args.add(s.toString());
    }
    return Run.of(ENV, args.toArray(String[]::new));
  }

  @Test
  void aSelectionRendersOnlyItsBriefsAndKeepsTheOthers() throws IOException {
    Path site = dir.resolve("site");
    assertThat(build(site, "--period", "fy2026-q3").out()).contains("built 1 brief ");
    assertThat(briefsIn(site)).containsExactly("delta/fy2026-q3");
    assertThat(build(site, "--company", "dell").out()).contains("built 3 briefs").contains("(2 rendered, 1 unchanged)");
    assertThat(build(site, "--since", "2025-11-01").out()).contains("built 4 briefs").contains("(1 rendered");
    reword(data.resolve("dell/fy2026-q1.yaml"));
    assertThat(build(site, "--company", "delta", "--force").out()).contains("(2 rendered, 2 unchanged)");
    assertThat(build(site).out()).contains("(2 rendered, 2 unchanged)");
  }

  @Test
  void badScopeOptionsAreUsageErrors() {
    for (String[] args : List.of(new String[] {"--shard", "3/2"}, new String[] {"--period", "2026Q1"},
        new String[] {"--jobs", "0"}, new String[] {"--since", "May 2025"})) {
      Run run = run(dir.resolve("site"), args);
      assertThat(run.code()).as(String.join(" ", args)).isEqualTo(2);
      assertThat(run.err()).doesNotContain("Exception");
    }
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void warningsOfAnUnreadCompanySurviveAnotherSpellingOfTheDataFolder() throws IOException {
    edit(data.resolve("delta/fy2026-q3.yaml"), "period_end: 2025-10-31", "period_end: 2025-10-10");
    Path site = dir.resolve("site");
    assertThat(build(site).err()).contains("warning: period_end 2025-10-10");
    Path same = data.resolve("../data");                  // the same folder, spelled otherwise
    reword(data.resolve("dell/fy2026-q2.yaml"));
    Run second = buildWith(same, site);
    assertThat(second.out()).contains("1 unchanged company not read again");
    assertThat(second.err()).contains("warning: period_end 2025-10-10");
    reword2(data.resolve("dell/fy2026-q2.yaml"));
    Run third = buildWith(same, site);
    assertThat(third.out()).contains("1 unchanged company not read again");
    assertThat(third.err()).as("delta's data still has the problem").contains("warning: period_end 2025-10-10");
  }

  private Run buildWith(Path dataDir, Path out) {
    List<String> args = new ArrayList<>(List.of("build", "--data", dataDir.toString(), "--templates",
        templates.toString(), "--out", out.toString(), "--base-url", BASE, "--jobs", "2", "--quiet"));
    Run run = Run.of(ENV, args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    return run;
  }

  private static void reword2(Path file) throws IOException {
    edit(file, "Test Desk", "Other Desk");
  }

  private Run build(Path out, String... more) {
    Run run = run(out, more);
    assertThat(run.code()).as(run.err()).isZero();
    return run;
  }

  private Run run(Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("build", "--data", data.toString(), "--templates",
        templates.toString(), "--out", out.toString(), "--base-url", BASE, "--jobs", "2", "--quiet"));
    args.addAll(List.of(more));
    return Run.of(ENV, args.toArray(String[]::new));
  }

  /** The briefs in an output folder, as {@code company/period} keys (folders holding a brief's PDF). */
  private static List<String> briefsIn(Path site) throws IOException {
    try (var walk = Files.walk(site, 2)) {
      return walk.filter(p -> site.relativize(p).getNameCount() == 2 && Files.isDirectory(p))
          .filter(p -> Files.exists(p.resolve("data.json")))
          .map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
    }
  }

  /** Names another source for the quarter's consensus: a change to the data that keeps it valid. */
  private static void reword(Path file) throws IOException {
    String text = read(file);
    String changed = text.replaceFirst("(?m)^(consensus:\\n(?:  .*\\n)*?  source: ).*$", "$1Test Desk");
    assertThat(changed).isNotEqualTo(text);
    Files.writeString(file, changed, StandardCharsets.UTF_8);
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = read(file);
    assertThat(text).contains(from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}

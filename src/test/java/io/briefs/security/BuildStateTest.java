package io.briefs.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.briefs.TestData;
import io.briefs.cli.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A build state read back from a shard or the output folder is data, checked against what a build
 * writes: markup, stray files, control characters and paths out of the site never reach the
 * published pages or the carried files (issue 18, cases 1 and 10).
 */
class BuildStateTest {
  private static final String SCRIPT = "<svg><script>alert(document.domain)</script></svg>";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir Path dir;
  Path data;
  Path templates;

  @BeforeEach
  void data() throws IOException {
    TestData d = TestData.in(dir);
    d.quarter("FY2025-Q1", "period_end: 2025-03-31\nreported: 2025-04-24\nunits: millions\nresults: { revenue: 100 }\n");
    d.quarter("FY2025-Q2", "period_end: 2025-06-30\nreported: 2025-07-24\nunits: millions\nresults: { revenue: 120 }\n");
    data = d.root();
    templates = dir.resolve("templates");
    io.briefs.cli.Trees.copy(Path.of("templates"), templates);
  }

  private Run build(Path out, String... more) {
    String[] args = {"build", "--data", data.toString(), "--templates", templates.toString(), "--out", out.toString()};
    String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
    System.arraycopy(more, 0, all, args.length, more.length);
    return Run.of(all);
  }

  private Run merge(Path out, Path shard) {
    return Run.of("merge", "--data", data.toString(), "--templates", templates.toString(), "--out", out.toString(),
        shard.toString());
  }

  /** Builds the one shard of all briefs, then edits the listing of its second brief. */
  private Path poisonedShard(Consumer<ObjectNode> edit) throws IOException {
    Path shard = dir.resolve("shard");
    assertThat(build(shard, "--shard", "1/1").code()).isZero();
    edit(shard, edit);
    return shard;
  }

  private static void edit(Path out, Consumer<ObjectNode> edit) throws IOException {
    Path file = out.resolve(".briefs-build.json");
    ObjectNode state = (ObjectNode) JSON.readTree(file.toFile());
    edit.accept((ObjectNode) state.path("briefs").path("acme/fy2025-q2"));
    Files.writeString(file, JSON.writeValueAsString(state));
  }

  @Test
  void markupInAShardIsRefusedByMerge() throws IOException {
    Path shard = poisonedShard(b -> ((ObjectNode) b.path("listing")).put("sparkSvg", SCRIPT));
    Run run = merge(dir.resolve("site"), shard);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(shard.resolve(".briefs-build.json") + ": error: the shard output " + shard
        + " has a build state that no build of this version wrote: briefs.\"acme/fy2025-q2\".listing.sparkSvg is not a"
        + " key a build writes; build the shard again");
    assertThat(dir.resolve("site")).doesNotExist();
  }

  @Test
  void markupInPlaceOfTheSparklineNumbersIsRefused() throws IOException {
    Path shard = poisonedShard(b -> ((ArrayNode) b.path("listing").path("spark")).set(0, SCRIPT));
    Run run = merge(dir.resolve("site"), shard);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("briefs.\"acme/fy2025-q2\".listing.spark[0] is not a number");
  }

  @Test
  void aPathOutOfTheSiteInAShardIsALocatedError() throws IOException {
    Path shard = poisonedShard(b -> ((ArrayNode) b.path("files")).add("../../etc/passwd"));
    Run run = merge(dir.resolve("site"), shard);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains(shard.resolve(".briefs-build.json") + ": error: ",
        "briefs.\"acme/fy2025-q2\".files[5] is ../../etc/passwd, which is not one of the files of that brief");
    assertThat(run.err()).doesNotContain("internal error");
  }

  @Test
  void controlCharactersInAListingAreRefused() throws IOException {
    Path shard = poisonedShard(b -> ((ObjectNode) b.path("listing")).put("headline", "Up\u001b[2J\u202e"));
    Run run = merge(dir.resolve("site"), shard);
    assertThat(run.code()).isEqualTo(1);
    assertThat(run.err()).contains("listing.headline holds U+001B (a control character)").doesNotContain("\u001b");
  }

  @Test
  void escapedTextInAListingStaysText() throws IOException {
    Path shard = poisonedShard(b -> ((ObjectNode) b.path("listing")).put("headline", "<script>alert(1)</script>"));
    Run run = merge(dir.resolve("site"), shard);
    assertThat(run.code()).as(run.err()).isZero();
    for (String page : new String[] {"index.html", "acme/index.html"}) {
      String html = Files.readString(dir.resolve("site").resolve(page));
      assertThat(html).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
    }
  }

  /** The output folder's own state, edited: ignored with a warning, every brief built again. */
  @Test
  void aPoisonedOutputStateIsIgnoredByAnIncrementalBuild() throws IOException {
    Path site = dir.resolve("site");
    assertThat(build(site).code()).isZero();
    edit(site, b -> ((ObjectNode) b.path("listing")).put("sparkSvg", SCRIPT));
    Run run = build(site);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains(site.resolve(".briefs-build.json") + ": warning: the build state is not one"
        + " this version of briefs wrote (briefs.\"acme/fy2025-q2\".listing.sparkSvg is not a key a build writes);"
        + " it was ignored and every brief built again");
    assertThat(run.out()).contains("(2 rendered, 0 unchanged)");
    assertThat(Files.readString(site.resolve("index.html"))).doesNotContain("<script").contains("class=\"sparkline\"");
    assertThat(Files.readString(site.resolve("acme/index.html"))).doesNotContain("<script");
  }

  @Test
  void aCarriedBriefIsListedWithItsSparklineDrawnAgain() throws IOException {
    Path site = dir.resolve("site");
    Path q3 = data.resolve("acme/fy2025-q3.yaml");
    Files.writeString(q3, "company: acme\nperiod: FY2025-Q3\nperiod_end: 2025-09-30\nreported: 2025-10-24\n"
        + "units: millions\nresults: { revenue: 130 }\n");
    assertThat(build(site).code()).isZero();
    String before = Files.readString(site.resolve("index.html"));
    Files.writeString(q3, Files.readString(q3) + "risks: [A new risk.]\n");
    Run run = build(site);
    assertThat(run.out()).contains("(1 rendered, 2 unchanged)");
    assertThat(Files.readString(site.resolve("index.html"))).isEqualTo(before);
  }

  @Test
  void stateEntriesAreCheckedOneByOne() throws IOException {
    Path site = dir.resolve("site");
    assertThat(build(site).code()).isZero();
    Path file = site.resolve(".briefs-build.json");
    String good = Files.readString(file);
    String[][] cases = {
        {"\"reported\" : \"2025-07-24\"", "\"reported\" : \"2025-02-30\"", "listing.reported is not a date"},
        {"\"currency\" : \"USD\"", "\"currency\" : \"<b>\"", "listing.currency is not a currency code"},
        {"\"acme/fy2025-q2\" :", "\"assets/fy2025-q2\" :", "briefs.\"assets/fy2025-q2\" is not the key of a brief"},
        {"\"acme/fy2025-q2\" :", "\"../fy2025-q2\" :", "briefs.\"../fy2025-q2\" is not the key of a brief"},
        {"\"acme/index.html\", \"acme/feed.xml\"", "\"acme/index.html\", \"../../etc/passwd\"",
            "companies.\"acme\".files[1] is ../../etc/passwd, which is not one of the files of that company's page"},
        {"\"version\" : 3,", "\"version\" : 3, \"extra\" : 1,", "extra is not a key a build writes"},
    };
    for (String[] c : cases) {
      assertThat(good).contains(c[0]);
      Files.writeString(file, good.replaceFirst(java.util.regex.Pattern.quote(c[0]), c[1]));
      var loaded = io.briefs.build.BuildState.load(site);
      assertThat(loaded.state()).as(c[1]).isNull();
      assertThat(loaded.problem()).as(c[1]).contains(c[2]);
    }
    Files.writeString(file, good);
    assertThat(io.briefs.build.BuildState.load(site).state()).isNotNull();
  }

  @Test
  void aWarningKeptInTheStateMayBeInAnyDataFileOfTheCompanyAndNowhereElse() throws IOException {
    Path site = dir.resolve("site");
    assertThat(build(site).code()).isZero();
    Path file = site.resolve(".briefs-build.json");
    String good = Files.readString(file);
    assertThat(good).containsOnlyOnce("\"warnings\" : [ ]");
    // an event file is read like company.yaml and the quarter files: its warnings are kept too
    for (String data : new String[] {"acme/company.yaml", "acme/fy2025-q2.yaml", "acme/2025-05-01-investor-day.yaml"}) {
      Files.writeString(file, good.replace("\"warnings\" : [ ]", "\"warnings\" : [ { \"file\" : \"" + data
          + "\", \"line\" : 3, \"column\" : 1, \"message\" : \"a warning\" } ]"));
      assertThat(io.briefs.build.BuildState.load(site).problem()).as(data).isNull();
    }
    for (String other : new String[] {"acme/notes.yaml", "acme/../secret.yaml", "acme/2025-05-01-.yaml"}) {
      Files.writeString(file, good.replace("\"warnings\" : [ ]", "\"warnings\" : [ { \"file\" : \"" + other
          + "\", \"line\" : 3, \"column\" : 1, \"message\" : \"a warning\" } ]"));
      assertThat(io.briefs.build.BuildState.load(site).problem()).as(other)
          .contains(".file is not a data file of the company");
    }
  }
}

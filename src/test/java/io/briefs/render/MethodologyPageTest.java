package io.briefs.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.SampleBuild;
import io.briefs.narrative.News;
import io.briefs.site.SitePaths;
import java.nio.file.Files;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The methodology page states the scoring the briefs use: a row for every weight of style.yaml
 * with its value, the caps in force, and the share-move threshold. It once listed eight of
 * thirteen weights and an old cap ("at most 100" for a balance, counted at most 60).
 */
class MethodologyPageTest {
  @Test
  void everyWeightAndCapIsStatedAsScored() throws Exception {
    Document page = Jsoup.parse(Files.readString(SampleBuild.site().resolve(SitePaths.METHODOLOGY)));
    Element table = page.select("table").stream().filter(t -> t.text().contains("How facts compete"))
        .findFirst().orElseThrow();
    List<String> rows = table.select("tbody tr").eachText();
    News.Weights w = News.defaults().weights();
    assertThat(rows).hasSize(News.Weights.class.getRecordComponents().length);
    assertThat(rows).anyMatch(r -> r.startsWith("The shares' move after the release " + plain(w.shareMove())))
        .anyMatch(r -> r.contains("outside the range") && r.contains(" " + plain(w.guidedRange()) + " "))
        .anyMatch(r -> r.startsWith("An outlook for a fiscal year given for the first time " + plain(w.newOutlook())))
        .anyMatch(r -> r.startsWith("A profit that became a loss") && r.contains(" " + plain(w.swing()) + " "))
        .anyMatch(r -> r.contains("operating margin's change") && r.contains(plain(w.marginChange())))
        .anyMatch(r -> r.startsWith("Change of a balance") && r.endsWith("at most " + plain(News.STOCK_CAP)))
        .anyMatch(r -> r.startsWith("A segment's growth") && r.contains("at most " + plain(News.SEGMENT_CAP)))
        .anyMatch(r -> r.startsWith("A run of growth or decline") && r.contains("not scored"));
    assertThat(page.text()).contains("A move of the shares after the release is news from "
        + News.defaults().shareMovePct().stripTrailingZeros().toPlainString() + "%",
        "The best-scoring fact leads the headline", "pass 100 characters");
  }

  private static String plain(double value) {
    return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}

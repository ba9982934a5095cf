package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.News;
import io.briefs.narrative.Style;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the wording rules, {@code templates/style.yaml}, as strictly as datasets: unknown keys,
 * wrong types and thresholds out of order are reported with file, line and column.
 */
public final class StyleReader {
  private final Diagnostics diagnostics;
  private final Scalars scalars;

  /** A reader reporting into {@code diagnostics}. */
  public StyleReader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.scalars = new Scalars(diagnostics);
  }

  /** The style in {@code file}, the defaults when there is no such file, or null after errors. */
  public Style read(Path file) {
    if (!Files.exists(file)) {
      return Style.defaults();
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      diagnostics.error(SourceLoc.file(file.toString()), "cannot read the style file: " + e.getMessage());
      return null;
    }
    MapNode root = YamlTree.parse(file.toString(), bytes, diagnostics);
    if (root == null) {
      return null;
    }
    int before = diagnostics.errorCount();
    MapReader r = MapReader.of(root, "the style file", diagnostics);
    Node changes = r.require("changes");
    Node news = r.require("newsworthy");
    Style style = changes == null || news == null ? null : style(changes, news);
    r.finish();
    return diagnostics.errorCount() > before ? null : style;
  }

  private Style style(Node changesNode, Node newsNode) {
    MapReader c = MapReader.of(changesNode, "changes", diagnostics);
    if (c == null) {
      return null;
    }
    BigDecimal flatWithin = number(c.require("flat_within_pct"), "a percentage");
    List<Style.Tier> up = tiers(c.require("up"), "up");
    List<Style.Tier> down = tiers(c.require("down"), "down");
    Node flatNode = c.require("flat");
    Style.Tier flat = flatNode == null ? null : verbs(flatNode, "flat", BigDecimal.ZERO);
    c.finish();
    News news = news(newsNode);
    if (flatWithin == null || up == null || down == null || flat == null || news == null) {
      return null;
    }
    return new Style(flatWithin, up, down, flat, news);
  }

  /** Tiers from the largest threshold down; the last must be 0 so every change has a verb. */
  private List<Style.Tier> tiers(Node node, String context) {
    if (node == null) {
      return null;
    }
    List<Style.Tier> out = new ArrayList<>();
    for (Node item : Lists.items(node, context, diagnostics)) {
      MapReader r = MapReader.of(item, "a verb of `" + context + "`", diagnostics);
      if (r == null) {
        continue;
      }
      BigDecimal above = number(r.require("above"), "a threshold in percent");
      // the verbs are read even without a threshold, so a misspelt `above` is the only problem said
      Style.Tier tier = named(r, above == null ? BigDecimal.ZERO : above);
      r.finish();
      if (above == null || tier == null) {
        continue;
      }
      if (!out.isEmpty() && out.get(out.size() - 1).above().compareTo(above) <= 0) {
        diagnostics.error(item.loc(), "thresholds of `" + context + "` must decrease: " + above.toPlainString()
            + " follows " + out.get(out.size() - 1).above().toPlainString());
      }
      out.add(tier);
    }
    if (!out.isEmpty() && out.get(out.size() - 1).above().signum() != 0) {
      diagnostics.error(node.loc(), "the last verb of `" + context + "` needs `above: 0` so every change has a verb");
    }
    return out.isEmpty() ? null : out;
  }

  private Style.Tier verbs(Node node, String context, BigDecimal above) {
    MapReader r = MapReader.of(node, "`" + context + "`", diagnostics);
    if (r == null) {
      return null;
    }
    Style.Tier tier = named(r, above);
    r.finish();
    return tier;
  }

  private Style.Tier named(MapReader r, BigDecimal above) {
    Node verb = r.require("verb");
    Node headline = r.require("headline");
    String v = verb == null ? null : scalars.text(verb, "a verb in the past tense");
    String h = headline == null ? null : scalars.text(headline, "a verb in the present tense");
    return v == null || h == null ? null : new Style.Tier(above, v, h);
  }

  private News news(Node node) {
    MapReader r = MapReader.of(node, "newsworthy", diagnostics);
    if (r == null) {
      return null;
    }
    Long since = whole(r.require("record_since_quarters"));
    Long streak = whole(r.require("streak_quarters"));
    BigDecimal surprise = number(r.require("surprise_pct"), "a percentage");
    Node moveNode = r.get("share_move_pct");
    BigDecimal move = moveNode == null ? News.defaults().shareMovePct() : number(moveNode, "a percentage");
    Node weightsNode = r.require("weights");
    News.Weights weights = weightsNode == null ? null : weights(weightsNode);
    r.finish();
    if (since == null || streak == null || surprise == null || move == null || weights == null) {
      return null;
    }
    return new News(since.intValue(), streak.intValue(), surprise, move, weights);
  }

  /**
   * The weights: the eight of the first style files are required; those added since (share moves,
   * results against the guided range, new outlooks, swings, margins) take the shipped values when
   * a style file predates them.
   */
  private News.Weights weights(Node node) {
    MapReader r = MapReader.of(node, "weights", diagnostics);
    if (r == null) {
      return null;
    }
    List<String> required = List.of("revenue_change", "segment_change", "kpi_stock_change", "kpi_flow_change",
        "record", "guidance_change", "surprise", "streak");
    List<String> optional = List.of("share_move", "guided_range", "new_outlook", "swing", "margin_change");
    News.Weights d = News.defaults().weights();
    double[] fallback = {d.shareMove(), d.guidedRange(), d.newOutlook(), d.swing(), d.marginChange()};
    double[] w = new double[required.size() + optional.size()];
    boolean ok = true;
    for (int i = 0; i < required.size(); i++) {
      BigDecimal v = number(r.require(required.get(i)), "a weight");
      ok &= v != null;
      w[i] = v == null ? 0 : v.doubleValue();
    }
    for (int i = 0; i < optional.size(); i++) {
      Node n = r.get(optional.get(i));
      BigDecimal v = n == null ? BigDecimal.valueOf(fallback[i]) : number(n, "a weight");
      ok &= v != null;
      w[required.size() + i] = v == null ? 0 : v.doubleValue();
    }
    r.finish();
    return ok ? new News.Weights(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w[10], w[11], w[12])
        : null;
  }

  private BigDecimal number(Node node, String what) {
    if (node == null) {
      return null;
    }
    BigDecimal d = scalars.decimal(node, what);
    if (d != null && d.signum() < 0) {
      diagnostics.error(node.loc(), "expected " + what + " of at least 0, found " + d.toPlainString());
      return null;
    }
    return d;
  }

  private Long whole(Node node) {
    Long n = node == null ? null : scalars.integer(node, "a number of quarters");
    if (n != null && (n < 1 || n > 400)) {
      diagnostics.error(node.loc(), "expected a number of quarters from 1 to 400, found " + n);
      return null;
    }
    return n;
  }
}

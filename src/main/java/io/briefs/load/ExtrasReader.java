package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Amount;
import io.briefs.model.AnalystAction;
import io.briefs.model.AnalystActionKind;
import io.briefs.model.Consensus;
import io.briefs.model.Coverage;
import io.briefs.model.HolderChange;
import io.briefs.model.Market;
import io.briefs.model.Metric;
import io.briefs.model.Quote;
import io.briefs.model.SourceLink;
import io.briefs.model.SourceLoc;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the optional editorial blocks of a quarter file: consensus, market, analysts, holders,
 * quotes, risks and sources.
 */
final class ExtrasReader {
  private final FiguresReader figures;
  private final Diagnostics diagnostics;
  private final Scalars scalars;

  ExtrasReader(FiguresReader figures, Diagnostics diagnostics) {
    this.figures = figures;
    this.diagnostics = diagnostics;
    this.scalars = new Scalars(diagnostics);
  }

  /** Reads every optional editorial block present in a quarter file. */
  Coverage coverage(MapReader r) {
    Node n;
    Consensus consensus = (n = r.get("consensus")) == null ? null : consensus(n);
    Market market = (n = r.get("market")) == null ? null : market(n);
    List<AnalystAction> analysts = (n = r.get("analysts")) == null ? List.of() : analysts(n);
    List<HolderChange> holders = (n = r.get("holders")) == null ? List.of() : holders(n);
    List<Quote> quotes = (n = r.get("quotes")) == null ? List.of() : quotes(n);
    List<String> risks = (n = r.get("risks")) == null ? List.of() : risks(n);
    Node commentaryNode = r.get("commentary");
    String commentary = commentaryNode == null ? null : commentary(commentaryNode);
    SourceLoc commentaryLoc = commentary == null ? null : ((ScalarNode) commentaryNode).contentLoc();
    List<SourceLink> sources = (n = r.get("sources")) == null ? List.of() : sources(n);
    return new Coverage(consensus, market, analysts, holders, quotes, risks, commentary, commentaryLoc, sources);
  }

  private Consensus consensus(Node node) {
    MapReader r = MapReader.of(node, "consensus", diagnostics);
    if (r == null) {
      return null;
    }
    Map<Metric, Amount> estimates = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      Node value = r.get(m.key());
      Amount amount = value == null ? null : figures.amount(value, m.kind(), "the " + m.label() + " estimate");
      if (amount != null) {
        estimates.put(m, amount);
      }
    }
    String source = optionalText(r, "source", "the source of the estimates");
    r.finish();
    return new Consensus(estimates, source, node.loc());
  }

  private Market market(Node node) {
    MapReader r = MapReader.of(node, "market", diagnostics);
    if (r == null) {
      return null;
    }
    BigDecimal previous = optionalDecimal(r, "previous_close", "a share price");
    BigDecimal afterHours = optionalDecimal(r, "after_hours_change_pct", "a change in percent");
    BigDecimal next = optionalDecimal(r, "next_close", "a share price");
    r.finish();
    return new Market(previous, afterHours, next, node.loc());
  }

  private List<AnalystAction> analysts(Node node) {
    List<AnalystAction> out = new ArrayList<>();
    List<Node> items = Lists.items(node, "analysts", diagnostics);
    if (!Limits.ANALYSTS.allows(items.size(), node.loc(), diagnostics)) {
      return out;
    }
    for (Node item : items) {
      MapReader r = MapReader.of(item, "an analyst action", diagnostics);
      if (r == null) {
        continue;
      }
      String firm = requiredText(r, "firm", "the firm's name");
      AnalystActionKind action =
          Enums.read(scalars, diagnostics, r.require("action"), "action", AnalystActionKind.class);
      String rating = optionalText(r, "rating", "a rating");
      BigDecimal[] target = target(r.get("price_target"));
      r.finish();
      if (firm != null && action != null && target != null) {
        out.add(new AnalystAction(firm, action, rating, target[0], target[1], item.loc()));
      }
    }
    return out;
  }

  /** {@code {from, to}} or {@code {to}}; an array of two (either may be null), or null on error. */
  private BigDecimal[] target(Node node) {
    if (node == null) {
      return new BigDecimal[2];
    }
    MapReader r = MapReader.of(node, "price_target", diagnostics);
    if (r == null) {
      return null;
    }
    BigDecimal from = optionalDecimal(r, "from", "a share price");
    Node toNode = r.require("to");
    BigDecimal to = toNode == null ? null : scalars.decimal(toNode, "a share price");
    r.finish();
    return to == null ? null : new BigDecimal[] {from, to};
  }

  private List<HolderChange> holders(Node node) {
    List<HolderChange> out = new ArrayList<>();
    List<Node> items = Lists.items(node, "holders", diagnostics);
    if (!Limits.HOLDERS.allows(items.size(), node.loc(), diagnostics)) {
      return out;
    }
    for (Node item : items) {
      MapReader r = MapReader.of(item, "a holder", diagnostics);
      if (r == null) {
        continue;
      }
      String holder = requiredText(r, "holder", "the holder's name");
      Node changeNode = r.require("change_shares");
      Long change = changeNode == null ? null : scalars.integer(changeNode, "a number of shares");
      Node exitedNode = r.get("exited");
      Boolean exited = exitedNode == null ? Boolean.FALSE : scalars.bool(exitedNode, "exited");
      r.finish();
      if (holder != null && change != null && exited != null) {
        out.add(new HolderChange(holder, change, exited, item.loc()));
      }
    }
    return out;
  }

  private List<Quote> quotes(Node node) {
    List<Quote> out = new ArrayList<>();
    List<Node> items = Lists.items(node, "quotes", diagnostics);
    if (!Limits.QUOTES.allows(items.size(), node.loc(), diagnostics)) {
      return out;
    }
    for (Node item : items) {
      MapReader r = MapReader.of(item, "a quote", diagnostics);
      if (r == null) {
        continue;
      }
      String speaker = requiredText(r, "speaker", "the speaker's name");
      String title = optionalText(r, "title", "the speaker's title");
      String text = requiredParagraphs(r, "text", "the quoted words");
      r.finish();
      if (speaker != null && text != null) {
        out.add(new Quote(speaker, title, text, item.loc()));
      }
    }
    return out;
  }

  private List<String> risks(Node node) {
    List<String> out = new ArrayList<>();
    List<Node> items = Lists.items(node, "risks", diagnostics);
    if (!Limits.RISKS.allows(items.size(), node.loc(), diagnostics)) {
      return out;
    }
    for (Node item : items) {
      String text = scalars.paragraphs(item, "a short statement of a risk");
      if (text != null) {
        out.add(text);
      }
    }
    return out;
  }

  List<SourceLink> sources(Node node) {
    List<SourceLink> out = new ArrayList<>();
    List<Node> items = Lists.items(node, "sources", diagnostics);
    if (!Limits.SOURCES.allows(items.size(), node.loc(), diagnostics)) {
      return out;
    }
    for (Node item : items) {
      MapReader r = MapReader.of(item, "a source", diagnostics);
      if (r == null) {
        continue;
      }
      String title = requiredText(r, "title", "the source's title");
      Node urlNode = r.get("url");
      String url = urlNode == null ? null : scalars.text(urlNode, "the source's address");
      r.finish();
      if (title != null && (urlNode == null || url != null)) {
        out.add(new SourceLink(title, url, item.loc()));
      }
    }
    return out;
  }

  private String commentary(Node node) {
    return scalars.paragraphs(node, "editorial Markdown text");
  }

  private String requiredText(MapReader r, String key, String what) {
    Node n = r.require(key);
    return n == null ? null : scalars.text(n, what);
  }

  private String requiredParagraphs(MapReader r, String key, String what) {
    Node n = r.require(key);
    return n == null ? null : scalars.paragraphs(n, what);
  }

  private String optionalText(MapReader r, String key, String what) {
    Node n = r.get(key);
    return n == null ? null : scalars.text(n, what);
  }

  private BigDecimal optionalDecimal(MapReader r, String key, String what) {
    Node n = r.get(key);
    return n == null ? null : scalars.decimal(n, what);
  }
}

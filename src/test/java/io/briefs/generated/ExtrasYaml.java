package io.briefs.generated;

/** Writes the editorial blocks of a quarter file. */
final class ExtrasYaml {
  private ExtrasYaml() {}

  static void write(Yaml y, Written.Extras e) {
    if (e.consensus() != null) {
      if (e.consensus().isEmpty() && e.consensusSource() == null) {
        y.raw(0, "consensus", "{}");
      } else {
        y.open(0, "consensus");
        e.consensus().forEach((k, f) -> y.raw(1, k, DatasetYaml.fig(f)));
        y.text(1, "source", e.consensusSource());
      }
    }
    if (e.market()) {
      if (e.previousClose() == null && e.afterHoursPct() == null && e.nextClose() == null) {
        y.raw(0, "market", "{}");
      } else {
        y.open(0, "market").number(1, "previous_close", e.previousClose())
            .number(1, "after_hours_change_pct", e.afterHoursPct()).number(1, "next_close", e.nextClose());
      }
    }
    if (!e.analysts().isEmpty()) {
      y.open(0, "analysts");
      for (Written.Analyst a : e.analysts()) {
        y.item(1, "firm", Yaml.quote(a.firm())).raw(2, "action", a.action()).text(2, "rating", a.rating());
        if (a.to() != null) {
          y.raw(2, "price_target", a.from() == null ? "{ to: " + a.to().toPlainString() + " }"
              : "{ from: " + a.from().toPlainString() + ", to: " + a.to().toPlainString() + " }");
        }
      }
    }
    if (!e.holders().isEmpty()) {
      y.open(0, "holders");
      e.holders().forEach(h -> {
        y.item(1, "holder", Yaml.quote(h.holder())).raw(2, "change_shares", Long.toString(h.shares()));
        if (h.exited()) {
          y.raw(2, "exited", "true");
        }
      });
    }
    if (!e.quotes().isEmpty()) {
      y.open(0, "quotes");
      e.quotes().forEach(q -> y.item(1, "speaker", Yaml.quote(q.speaker())).text(2, "title", q.title())
          .text(2, "text", q.text()));
    }
    if (!e.risks().isEmpty()) {
      y.open(0, "risks");
      e.risks().forEach(r -> y.itemText(1, r));
    }
    if (e.commentary() != null) {
      y.block(0, "commentary", e.commentary());
    }
    if (!e.sources().isEmpty()) {
      y.open(0, "sources");
      e.sources().forEach(s -> y.item(1, "title", Yaml.quote(s.title())).text(2, "url", s.url()));
    }
  }
}

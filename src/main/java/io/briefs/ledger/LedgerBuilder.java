package io.briefs.ledger;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartText;
import io.briefs.metrics.Fact;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the ledger of one brief from its prose, its tables and its charts. */
public final class LedgerBuilder {
  private static final Set<String> VERBATIM = Set.of("quotes", "risks");
  private static final Pattern NUMBER = Pattern.compile("[$€£¥]?\\d[\\d,]*(?:\\.\\d+)?%?");
  private final Path dataDir;
  private final Map<String, Ledger.FactEntry> facts = new LinkedHashMap<>();
  private final List<Ledger.ShownEntry> shown = new ArrayList<>();
  /** Each input file's name as the ledger writes it (resolving a path per input was most of a ledger's time). */
  private final Map<String, String> files = new java.util.HashMap<>();

  private LedgerBuilder(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
  }

  /**
   * The ledger of a brief.
   *
   * @param dataDir input places are written relative to it, so the ledger is the same on any machine
   */
  public static Ledger of(String companyId, Quarter quarter, Brief brief, List<ChartSpec> charts,
      Numbers numbers, Path dataDir) {
    LedgerBuilder b = new LedgerBuilder(dataDir);
    b.prose("headline", brief.headline());
    b.prose("lede", brief.lede());
    for (Brief.Section s : brief.sections()) {
      boolean verbatim = VERBATIM.contains(s.id());
      s.prose().forEach(p -> {
        if (verbatim) {
          b.verbatim("section:" + s.id(), p);
        } else {
          b.prose("section:" + s.id(), p);
        }
      });
    }
    if (brief.keyFigures() != null) {
      brief.keyFigures().rows().forEach(r -> r.cells().forEach(c -> b.prose("table:" + brief.keyFigures().caption(), c)));
    }
    for (ChartSpec chart : charts) {
      ChartText.shown(chart, numbers).forEach(s -> b.add(s.fact(), s.text(), "chart:" + chart.id()));
      b.prose("chart:" + chart.id(), chart.description());
    }
    return new Ledger(companyId, quarter.period().label(), quarter.reported().toString(),
        List.copyOf(b.facts.values()), b.shown);
  }

  private void prose(String where, Prose prose) {
    for (Prose.Num n : prose.numbers()) {
      add(n.fact(), n.text(), where);
    }
  }

  /**
   * Quotes and risks are printed as their authors wrote them: their numbers are listed with the
   * fact {@code "as written"}, so the ledger still accounts for every number a reader sees.
   */
  private void verbatim(String where, Prose prose) {
    Matcher m = NUMBER.matcher(prose.text());
    while (m.find()) {
      shown.add(new Ledger.ShownEntry(m.group(), "as written", where));
    }
  }

  private void add(Fact fact, String text, String where) {
    record(fact);
    shown.add(new Ledger.ShownEntry(text, fact.id(), where));
  }

  /** Records a fact, then the facts it names ({@link Fact#from}), each once. */
  private void record(Fact fact) {
    if (facts.containsKey(fact.id())) {
      return;
    }
    facts.put(fact.id(), entry(fact));
    fact.from().forEach(this::record);
  }

  /** A fact's entry: its inputs' places, then {@code #id} for each fact it is worked out from. */
  private Ledger.FactEntry entry(Fact f) {
    List<String> inputs = new ArrayList<>(f.inputs().size() + f.from().size());
    f.inputs().forEach(loc -> inputs.add(place(loc)));
    f.from().forEach(other -> inputs.add("#" + other.id()));
    return new Ledger.FactEntry(f.id(), f.value().stripTrailingZeros().toPlainString(),
        f.unit().name().toLowerCase(Locale.ROOT), f.formula(), inputs);
  }

  private String place(SourceLoc loc) {
    String name = files.computeIfAbsent(loc.file(), f -> {
      Path file = Path.of(f).toAbsolutePath().normalize();
      return file.startsWith(dataDir) ? dataDir.relativize(file).toString().replace('\\', '/') : f;
    });
    return name + ":" + loc.line() + ":" + loc.column();
  }
}

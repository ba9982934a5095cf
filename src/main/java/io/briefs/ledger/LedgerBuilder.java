package io.briefs.ledger;

import io.briefs.chart.ChartSpec;
import io.briefs.chart.ChartText;
import io.briefs.metrics.Fact;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import io.briefs.narrative.Block;
import io.briefs.narrative.Brief;
import io.briefs.narrative.Numbers;
import io.briefs.narrative.Prose;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/** Collects the ledger of one brief from its prose, its tables and its charts. */
public final class LedgerBuilder {
  private static final Set<String> VERBATIM = Set.of("quotes", "risks");
  /** A number as written, with its currency and scale word: "$5 billion", "3.5 million", "12%". */
  private static final String WRITTEN = "\\d+(?:,\\d{3})*(?:\\.\\d+)?(?:%| (?:trillion|billion|million|thousand)\\b)?";
  private final Path dataDir;
  private final Pattern number;
  private final Map<String, Ledger.FactEntry> facts = new LinkedHashMap<>();
  private final List<Ledger.ShownEntry> shown = new ArrayList<>();
  /** Each input file's name as the ledger writes it (resolving a path per input was most of a ledger's time). */
  private final Map<String, String> files = new HashMap<>();

  private LedgerBuilder(Path dataDir, Numbers numbers) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    // the brief's own currency ("CHF ", "C$") and the common symbols an author may write
    this.number = Pattern.compile("(?:" + Pattern.quote(numbers.symbol()) + "|[$€£¥₹₩])?" + WRITTEN);
  }

  /**
   * The ledger of a brief.
   *
   * @param dataDir input places are written relative to it, so the ledger is the same on any machine
   */
  public static Ledger of(String companyId, Quarter quarter, Brief brief, List<ChartSpec> charts,
      Numbers numbers, Path dataDir) {
    LedgerBuilder b = new LedgerBuilder(dataDir, numbers);
    b.prose("headline", brief.headline());
    b.prose("lede", brief.lede());
    brief.takeaways().forEach(t -> b.prose("takeaways", t));
    for (Brief.Section s : brief.sections()) {
      boolean verbatim = VERBATIM.contains(s.id());
      s.prose().forEach(p -> {
        if (verbatim) {
          b.verbatim("section:" + s.id(), p.text());
        } else {
          b.prose("section:" + s.id(), p);
        }
      });
      s.blocks().stream().filter(Block.Markup.class::isInstance).map(Block.Markup.class::cast)
          .forEach(m -> b.unmatched("section:" + s.id(), m));
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
  private void verbatim(String where, String text) {
    Matcher m = number.matcher(text);
    while (m.find()) {
      shown.add(new Ledger.ShownEntry(m.group(), "as written", where));
    }
  }

  /**
   * Commentary numbers that name no figure of the brief (the build warned of them) are printed
   * as written, so they are listed as written too; the others are tied to their facts already.
   */
  private void unmatched(String where, Block.Markup markup) {
    List<String> matched = markup.numbers().numbers().stream().map(Prose.Num::text).toList();
    Matcher m = number.matcher(Jsoup.parse(markup.html()).text());
    while (m.find()) {
      String n = m.group();
      if (matched.stream().noneMatch(t -> t.contains(n))) {
        shown.add(new Ledger.ShownEntry(n, "as written", where));
      }
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

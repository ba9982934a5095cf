import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Writes synthetic datasets for the benchmark: N companies with Q consecutive quarters each, in
 * the dataset format (../shared/spec/data-format.md), sized like the Dell sample (segments with
 * lines, KPIs, prior-year comparatives, guidance, consensus, market, analysts, holders, quotes,
 * risks, commentary, sources). Figures are internally consistent (lines add up to their segment,
 * segments to at most total revenue, stated changes match the prior-year figures), so every
 * brief passes validation and the consistency gate and gets four charts: revenue by quarter,
 * revenue by segment, operating margin by segment and the money KPIs. Same seed, same bytes; a
 * company's data depends only on the seed and its number, not on N.
 *
 * <pre>java bench/GenerateData.java --companies 250 --quarters 4 --seed 1 --out DIR</pre>
 */
public final class GenerateData {
  /** Quarters generated before the first file, so the first files have prior-year comparatives. */
  private static final int HISTORY = 4;
  /** Quarters generated after the last file, so guidance has something to aim at. */
  private static final int FUTURE = 8;
  /** The last file is FY2026-Q4 when Q is a multiple of 4. */
  private static final int LAST_YEAR = 2026;

  private GenerateData() {}

  public static void main(String[] args) throws IOException {
    Options o = Options.parse(args);
    if (o == null) {
      System.err.println("usage: java bench/GenerateData.java --companies N --quarters Q --seed S --out DIR");
      System.exit(2);
    }
    if (Files.isDirectory(o.out())) {
      try (Stream<Path> s = Files.list(o.out())) {
        if (s.findAny().isPresent()) {
          System.err.println("GenerateData: " + o.out() + " is not empty; give a new or empty folder");
          System.exit(2);
        }
      }
    }
    Files.createDirectories(o.out());
    for (int i = 1; i <= o.companies(); i++) {
      new CompanyWriter(o, i).write();
    }
    System.out.printf(Locale.ROOT, "generated %d companies x %d quarters (%d quarter files) into %s%n",
        o.companies(), o.quarters(), o.companies() * o.quarters(), o.out());
  }

  /** The command-line options. */
  record Options(int companies, int quarters, long seed, Path out) {
    static Options parse(String[] args) {
      int companies = 250;
      int quarters = 4;
      long seed = 1;
      Path out = null;
      for (int i = 0; i + 1 < args.length; i += 2) {
        switch (args[i]) {
          case "--companies" -> companies = Integer.parseInt(args[i + 1]);
          case "--quarters" -> quarters = Integer.parseInt(args[i + 1]);
          case "--seed" -> seed = Long.parseLong(args[i + 1]);
          case "--out" -> out = Path.of(args[i + 1]);
          default -> {
            return null;
          }
        }
      }
      boolean ok = args.length % 2 == 0 && out != null && companies >= 1 && companies <= 9999
          && quarters >= 1 && quarters <= 40;
      return ok ? new Options(companies, quarters, seed, out) : null;
    }
  }

  /** A fiscal quarter as one number: year * 4 + (quarter - 1). */
  record Period(int index) {
    int year() {
      return Math.floorDiv(index, 4);
    }

    int quarter() {
      return Math.floorMod(index, 4) + 1;
    }

    String label() {
      return "FY" + year() + "-Q" + quarter();
    }

    String file() {
      return "fy" + year() + "-q" + quarter() + ".yaml";
    }

    /** The last day of the month in which the quarter ends (as the validator expects). */
    LocalDate end(Month yearEnd) {
      return YearMonth.of(year(), yearEnd).minusMonths(3L * (4 - quarter())).atEndOfMonth();
    }
  }

  /** The words the generator draws from; none holds a digit, so no text claims a figure. */
  static final class Words {
    static final String[] SYLLABLES = {"Al", "Bren", "Cor", "Dal", "Ev", "Fen", "Gar", "Hal", "Ir", "Jas",
        "Kel", "Lor", "Mar", "Nor", "Or", "Pel", "Quen", "Ros", "Sol", "Tam", "Ul", "Ver", "Wes", "Zan"};
    static final String[] ENDINGS = {"ex", "ion", "ara", "tech", "ova", "is", "ant", "ium", "or", "eon",
        "ica", "wyn"};
    static final String[] SUFFIXES = {"Systems Inc.", "Technologies Corp.", "Holdings plc", "Industries Inc.",
        "Group AG", "Networks Inc.", "Semiconductor Corp.", "Software Inc."};
    static final String[][] SEGMENTS = {{"Cloud Platforms", "CP"}, {"Devices", "Devices"},
        {"Enterprise Software", "ES"}, {"Industrial Automation", "IA"}, {"Healthcare Solutions", "HS"},
        {"Consumer Products", "Consumer"}, {"Networking", "Networking"}, {"Semiconductors", "Chips"},
        {"Payments", "Payments"}, {"Professional Services", "Services"}};
    static final String[] LINES = {"Hardware", "Software", "Subscriptions", "Licences", "Maintenance",
        "Consulting", "Components", "Systems"};
    static final String[] KPI_PREFIXES = {"Platform", "System", "Cloud", "Product", "Equipment"};
    static final String[] FIRMS = {"Northbridge Securities", "Halden Research", "Marlow Capital",
        "Aster Partners", "Keswick Equity Research", "Tollan Brothers"};
    static final String[] RATINGS = {"Buy", "Outperform", "Overweight", "Neutral", "Hold"};
    static final String[] HOLDERS = {"Calder Asset Management", "Pinehurst Pension Fund",
        "Westmoor Investors", "Ridgeline Advisors", "Saltmarsh Capital"};
    static final String[] SPEAKERS = {"Avery Lindqvist", "Morgan Achebe", "Jordan Okafor", "Riley Tanaka",
        "Casey Moreau", "Quinn Halvorsen"};
    static final String[] QUOTES = {
        "Demand held up across our largest markets, and our teams executed well through a busy quarter.",
        "We kept investing in the products our customers ask for while holding a firm line on costs.",
        "Our order book gives us good visibility into the coming quarters, and we are staying disciplined.",
        "Customers are consolidating on fewer suppliers, and we are winning more of those decisions."};
    static final String[] RISKS = {
        "Component shortages could delay shipments and push revenue into later quarters.",
        "Pricing pressure from larger competitors may weigh on margins.",
        "A stronger dollar would reduce the value of sales made abroad.",
        "Customers may postpone large projects if economic conditions weaken.",
        "New export rules could limit sales in some regions."};
    static final String[] COMMENTARY = {
        "The quarter turned on %s, where demand was broad across customer groups.",
        "Management pointed to %s as the main driver and kept its cost plans unchanged.",
        "Investors will watch whether the order book in %s converts into revenue as planned."};
  }

  /** A company: its reporting structure and every quarter's figures, drawn from one seeded stream. */
  static final class CompanyWriter {
    private final Options o;
    private final int number;
    private final String id;
    private final Random rnd;
    private final Month yearEnd;
    private final int first;
    private final String[][] segments;
    private final String[][][] lines;
    private final String kpiPrefix;
    private final Series s;

    CompanyWriter(Options o, int number) {
      this.o = o;
      this.number = number;
      this.id = String.format(Locale.ROOT, "co%04d", number);
      this.rnd = new Random(o.seed() * 1_000_003L + number);
      this.yearEnd = Month.of(new int[] {1, 3, 6, 9, 12}[rnd.nextInt(5)]);
      this.first = LAST_YEAR * 4 + 3 - (o.quarters() - 1);
      this.segments = pickSegments();
      this.lines = pickLines();
      this.kpiPrefix = Words.KPI_PREFIXES[rnd.nextInt(Words.KPI_PREFIXES.length)];
      this.s = new Series(rnd, segments.length, lines, HISTORY + o.quarters() + FUTURE);
    }

    private String[][] pickSegments() {
      List<String[]> pool = new ArrayList<>(List.of(Words.SEGMENTS));
      int n = 2 + rnd.nextInt(3);
      String[][] out = new String[n][];
      for (int i = 0; i < n; i++) {
        String[] seg = pool.remove(rnd.nextInt(pool.size()));
        out[i] = new String[] {slug(seg[0]), seg[0], seg[1]};
      }
      return out;
    }

    private String[][][] pickLines() {
      String[][][] out = new String[segments.length][][];
      for (int i = 0; i < segments.length; i++) {
        List<String> pool = new ArrayList<>(List.of(Words.LINES));
        int n = 2 + rnd.nextInt(2);
        out[i] = new String[n][];
        for (int j = 0; j < n; j++) {
          String name = pool.remove(rnd.nextInt(pool.size()));
          out[i][j] = new String[] {segments[i][0] + "-" + slug(name), name};
        }
      }
      return out;
    }

    void write() throws IOException {
      Path dir = o.out().resolve(id);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("company.yaml"), companyYaml(), StandardCharsets.UTF_8);
      for (int k = 0; k < o.quarters(); k++) {
        Period p = new Period(first + k);
        Files.writeString(dir.resolve(p.file()), new QuarterYaml(this, p, HISTORY + k).text(),
            StandardCharsets.UTF_8);
      }
    }

    private String companyYaml() {
      Yaml y = new Yaml();
      y.line("# Synthetic company for the benchmark (bench/GenerateData.java, seed " + o.seed()
          + "); not real figures.");
      // (first, second, ending) is a different triple for each number below 24 * 24 * 12
      int a = number % 24;
      String second = Words.SYLLABLES[(number / 24 + 5 * a + 11) % 24].toLowerCase(Locale.ROOT);
      String base = Words.SYLLABLES[a] + second + Words.ENDINGS[(number / 576) % Words.ENDINGS.length];
      String currency = number % 10 == 7 ? "EUR" : number % 15 == 4 ? "GBP" : "USD";
      y.line("id: " + id);
      y.line("name: " + base + " " + Words.SUFFIXES[rnd.nextInt(Words.SUFFIXES.length)]);
      y.line("short_name: " + base);
      y.line("ticker: " + ticker());
      y.line("exchange: " + (currency.equals("EUR") ? "Euronext" : currency.equals("GBP") ? "LSE"
          : rnd.nextBoolean() ? "NYSE" : "Nasdaq"));
      y.line("currency: " + currency);
      y.line("fiscal_year_end: " + yearEnd.name().toLowerCase(Locale.ROOT));
      y.line("segments:");
      for (int i = 0; i < segments.length; i++) {
        y.line("  - id: " + segments[i][0]);
        y.line("    name: " + segments[i][1]);
        y.line("    short_name: " + segments[i][2]);
        y.line("    lines:");
        for (String[] line : lines[i]) {
          y.line("      - { id: " + line[0] + ", name: " + line[1] + " }");
        }
      }
      y.line("kpis:");
      for (String[] k : kpis()) {
        y.line("  - { id: " + k[0] + ", name: " + k[1] + ", kind: " + k[2] + ", unit: " + k[3] + " }");
      }
      return y.toString();
    }

    /** id, name, kind, unit of each KPI: three in money (one chart) and a count. */
    String[][] kpis() {
      String p = kpiPrefix;
      return new String[][] {{"orders", p + " orders", "flow", "money"},
          {"shipments", p + " shipments", "flow", "money"}, {"backlog", p + " backlog", "stock", "money"},
          {"customers", "Active customers", "stock", "count"}};
    }

    private String ticker() {
      StringBuilder t = new StringBuilder();
      for (int n = number + 17_576, i = 0; i < 4; i++, n /= 26) {
        t.insert(0, (char) ('A' + n % 26));
      }
      return t.toString();
    }

    private static String slug(String name) {
      return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
  }

  /**
   * Every figure of a company for every generated quarter (history, files and future), in millions
   * except per-share amounts and counts; parts add up to their wholes by construction.
   */
  static final class Series {
    final long[] revenue;
    final long[][] segRevenue;
    final long[][] segIncome;
    final long[][][] lineRevenue;
    final long[] grossProfit;
    final long[] operatingIncome;
    final long[] operatingIncomeNonGaap;
    final long[] netIncome;
    final BigDecimal[] eps;
    final BigDecimal[] epsNonGaap;
    final long[] cashFlow;
    final long[] orders;
    final long[] shipments;
    final long[] backlog;
    final long[] customers;
    final double price;

    Series(Random rnd, int nSeg, String[][][] lines, int n) {
      revenue = new long[n];
      segRevenue = new long[n][nSeg];
      segIncome = new long[n][nSeg];
      lineRevenue = new long[n][nSeg][];
      grossProfit = new long[n];
      operatingIncome = new long[n];
      operatingIncomeNonGaap = new long[n];
      netIncome = new long[n];
      eps = new BigDecimal[n];
      epsNonGaap = new BigDecimal[n];
      cashFlow = new long[n];
      orders = new long[n];
      shipments = new long[n];
      backlog = new long[n];
      customers = new long[n];
      double base = 800 + rnd.nextDouble() * 24_000;
      double growth = -0.06 + rnd.nextDouble() * 0.34;
      double[] weights = weights(rnd, nSeg);
      double[][] lineWeights = new double[nSeg][];
      for (int i = 0; i < nSeg; i++) {
        lineWeights[i] = weights(rnd, lines[i].length);
      }
      double[] margins = new double[nSeg];
      for (int i = 0; i < nSeg; i++) {
        margins[i] = 0.06 + rnd.nextDouble() * 0.22;
      }
      double grossMargin = 0.25 + rnd.nextDouble() * 0.35;
      double shares = base * (0.02 + rnd.nextDouble() * 0.1);
      for (int t = 0; t < n; t++) {
        double season = new double[] {0.96, 0.99, 1.0, 1.07}[t % 4];
        revenue[t] = Math.round(base * StrictMath.pow(1 + growth, t / 4.0) * season
            * (1 + (rnd.nextDouble() - 0.5) * 0.04));
        split(rnd, t, weights, margins, lineWeights);
        results(rnd, t, grossMargin, shares);
        kpis(rnd, t);
      }
      price = 20 + rnd.nextDouble() * 280;
    }

    private static double[] weights(Random rnd, int n) {
      double[] w = new double[n];
      double sum = 0;
      for (int i = 0; i < n; i++) {
        w[i] = 0.5 + rnd.nextDouble();
        sum += w[i];
      }
      for (int i = 0; i < n; i++) {
        w[i] /= sum;
      }
      return w;
    }

    /** Segments take all but 0-2% of revenue (corporate and other); lines take all of a segment. */
    private void split(Random rnd, int t, double[] weights, double[] margins, double[][] lineWeights) {
      int nSeg = weights.length;
      long inSegments = revenue[t] - Math.round(revenue[t] * rnd.nextDouble() * 0.02);
      segRevenue[t] = parts(rnd, inSegments, weights);
      for (int i = 0; i < nSeg; i++) {
        double margin = margins[i] + (rnd.nextDouble() - 0.5) * 0.03;
        segIncome[t][i] = Math.round(segRevenue[t][i] * margin);
        lineRevenue[t][i] = parts(rnd, segRevenue[t][i], lineWeights[i]);
      }
    }

    /** Splits {@code whole} by the weights, each moved by up to 3%; the last part takes the rest. */
    private static long[] parts(Random rnd, long whole, double[] weights) {
      int n = weights.length;
      long[] out = new long[n];
      long left = whole;
      for (int j = 0; j < n; j++) {
        long share = Math.round(whole * weights[j] * (1 + (rnd.nextDouble() - 0.5) * 0.06));
        out[j] = j == n - 1 ? left : Math.min(left, share);
        left -= out[j];
      }
      return out;
    }

    /** Company-wide results: segment income less corporate costs, then below the line. */
    private void results(Random rnd, int t, double grossMargin, double shares) {
      long segments = 0;
      for (long v : segIncome[t]) {
        segments += v;
      }
      long corporate = Math.round(revenue[t] * (0.005 + rnd.nextDouble() * 0.02));
      operatingIncome[t] = Math.max(segments - corporate, Math.round(revenue[t] * 0.03));
      operatingIncomeNonGaap[t] = operatingIncome[t] + Math.round(revenue[t] * (0.01 + rnd.nextDouble() * 0.03));
      grossProfit[t] = Math.round(revenue[t] * (grossMargin + (rnd.nextDouble() - 0.5) * 0.02));
      netIncome[t] = Math.round(operatingIncome[t] * (0.7 + rnd.nextDouble() * 0.1));
      double sharesNow = shares * (1 - 0.004 * t);
      eps[t] = perShare(netIncome[t] / sharesNow);
      epsNonGaap[t] = perShare(operatingIncomeNonGaap[t] * 0.8 / sharesNow);
      cashFlow[t] = Math.round(netIncome[t] * (0.8 + rnd.nextDouble() * 0.7));
    }

    /** Orders run ahead of shipments, so the backlog (a stock) grows by their difference. */
    private void kpis(Random rnd, int t) {
      shipments[t] = Math.round(revenue[t] * (0.15 + rnd.nextDouble() * 0.05));
      orders[t] = Math.round(shipments[t] * (0.9 + rnd.nextDouble() * 0.5));
      long before = t == 0 ? shipments[t] * 2 : backlog[t - 1];
      backlog[t] = Math.max(0, before + orders[t] - shipments[t]);
      long startCustomers = t == 0 ? 1_000 + Math.round(revenue[t] * 3) : customers[t - 1];
      customers[t] = Math.round(startCustomers * (1 + (rnd.nextDouble() - 0.3) * 0.04));
      for (long[] kpi : new long[][] {orders, shipments, backlog}) {
        apart(kpi, t);
      }
    }

    /**
     * Moves a money KPI until it no longer reads like the quarter before or a year before it
     * ("$2.0 billion") while differing. The chart description calls two such figures "little
     * changed", and the consistency gate rejects that word for a change that is not zero (a gap
     * between chart/Findings and ledger/ConsistencyGate, reported with the benchmark); real data
     * can hit it, the benchmark must not.
     */
    private static void apart(long[] v, int t) {
      while (readsLike(v, t, t - 1) || readsLike(v, t, t - 4)) {
        v[t] += v[t] >= 1_000 ? 50 : 1;
      }
    }

    /** Whether two amounts in millions read the same in a brief: "$964 million", "$2.0 billion". */
    private static boolean readsLike(long[] v, int a, int b) {
      if (b < 0 || v[a] == v[b]) {
        return false;
      }
      return shown(v[a]) == shown(v[b]);
    }

    /** An amount in millions as the brief rounds it: whole millions below a billion, else tenths. */
    private static long shown(long millions) {
      return millions < 1_000 ? millions : 10_000 + (millions + 50) / 100;
    }

    private static BigDecimal perShare(double v) {
      return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
    }
  }

  /** One quarter file. */
  static final class QuarterYaml {
    private final CompanyWriter c;
    private final Period p;
    private final int t;
    private final Series s;
    private final Random rnd;
    private final Yaml y = new Yaml();

    QuarterYaml(CompanyWriter c, Period p, int t) {
      this.c = c;
      this.p = p;
      this.t = t;
      this.s = c.s;
      this.rnd = c.rnd;
    }

    String text() {
      header();
      results();
      segments();
      kpis();
      comparatives();
      guidance();
      coverage();
      texts();
      return y.toString();
    }

    private void header() {
      LocalDate end = p.end(c.yearEnd);
      y.line("# Synthetic quarter for the benchmark (bench/GenerateData.java); not real figures.");
      y.line("company: " + c.id);
      y.line("period: " + p.label());
      y.line("period_end: " + end);
      y.line("reported: " + end.plusDays(20 + rnd.nextInt(25)));
      y.line("units: millions");
    }

    private void results() {
      int a = t - 4;
      y.line("results:");
      y.line("  revenue: " + stated(s.revenue[t], s.revenue[a]));
      y.line("  gross_profit: " + s.grossProfit[t]);
      y.line("  operating_income: " + s.operatingIncome[t]);
      y.line("  operating_income_non_gaap: " + stated(s.operatingIncomeNonGaap[t], s.operatingIncomeNonGaap[a]));
      y.line("  net_income: " + s.netIncome[t]);
      y.line("  eps: " + s.eps[t].toPlainString());
      y.line("  eps_non_gaap: " + stated(s.epsNonGaap[t], s.epsNonGaap[a]));
      y.line("  operating_cash_flow: " + s.cashFlow[t]);
    }

    private void segments() {
      y.line("segments:");
      for (int i = 0; i < c.segments.length; i++) {
        y.line("  " + c.segments[i][0] + ":");
        y.line("    revenue: " + stated(s.segRevenue[t][i], s.segRevenue[t - 4][i]));
        y.line("    operating_income: " + s.segIncome[t][i]);
        y.line("    lines:");
        for (int j = 0; j < c.lines[i].length; j++) {
          y.line("      " + c.lines[i][j][0] + ": " + stated(s.lineRevenue[t][i][j], s.lineRevenue[t - 4][i][j]));
        }
      }
    }

    private void kpis() {
      y.line("kpis:");
      long[][] values = {s.orders, s.shipments, s.backlog, s.customers};
      String[][] kpis = c.kpis();
      for (int k = 0; k < kpis.length; k++) {
        y.line("  " + kpis[k][0] + ": " + values[k][t]);
      }
    }

    /** The year-earlier quarter as this release states it (the same figures as its own file). */
    private void comparatives() {
      int a = t - 4;
      y.line("comparatives:");
      y.line("  " + new Period(p.index() - 4).label() + ":");
      y.line("    results: { revenue: " + s.revenue[a] + ", operating_income: " + s.operatingIncome[a]
          + ", operating_income_non_gaap: " + s.operatingIncomeNonGaap[a] + ", eps: " + s.eps[a].toPlainString()
          + ", eps_non_gaap: " + s.epsNonGaap[a].toPlainString() + " }");
      y.line("    segments:");
      for (int i = 0; i < c.segments.length; i++) {
        y.line("      " + c.segments[i][0] + ": { revenue: " + s.segRevenue[a][i] + ", operating_income: "
            + s.segIncome[a][i] + " }");
      }
    }

    /** Next quarter's non-GAAP EPS and the fiscal year's revenue (the current year, or the next after Q4). */
    private void guidance() {
      Period next = new Period(p.index() + 1);
      BigDecimal mid = s.epsNonGaap[t + 1].multiply(BigDecimal.valueOf(0.97 + rnd.nextDouble() * 0.06))
          .setScale(2, RoundingMode.HALF_UP);
      y.line("guidance:");
      y.line("  - period: " + next.label());
      y.line("    eps_non_gaap: { mid: " + mid.toPlainString() + ", plus_minus: 0.05 }");
      int year = next.year();
      int q1 = t + 1 - (next.quarter() - 1);
      long total = 0;
      for (int q = q1; q < q1 + 4; q++) {
        total += s.revenue[q];
      }
      double centre = total * (0.98 + rnd.nextDouble() * 0.04);
      y.line("  - period: FY" + year);
      y.line("    revenue: { low: " + Math.round(centre * 0.98) + ", high: " + Math.round(centre * 1.02) + " }");
    }

    private void coverage() {
      BigDecimal epsEstimate = s.epsNonGaap[t].multiply(BigDecimal.valueOf(0.94 + rnd.nextDouble() * 0.12))
          .setScale(2, RoundingMode.HALF_UP).max(new BigDecimal("0.01"));
      y.line("consensus:");
      y.line("  revenue: " + Math.round(s.revenue[t] * (0.97 + rnd.nextDouble() * 0.06)));
      y.line("  eps_non_gaap: " + epsEstimate.toPlainString());
      y.line("  source: Synthetic Consensus");
      double close = s.price * (1 + 0.03 * (t - HISTORY));
      double move = Math.round((rnd.nextDouble() - 0.45) * 1600) / 100.0;
      y.line("market:");
      y.line("  previous_close: " + money(close));
      y.line("  after_hours_change_pct: " + BigDecimal.valueOf(move).setScale(2, RoundingMode.HALF_UP));
      y.line("  next_close: " + money(close * (1 + move * 0.008)));
      y.line("analysts:");
      long target = Math.round(close * 1.2);
      y.line("  - { firm: " + pick(Words.FIRMS) + ", action: raise-target, price_target: { from: " + (target - 10)
          + ", to: " + target + " } }");
      y.line("  - { firm: " + pick(Words.FIRMS) + ", action: reiterate, rating: " + pick(Words.RATINGS)
          + " }");
      y.line("holders:");
      y.line("  - { holder: " + Words.HOLDERS[t % 5] + ", change_shares: " + shares() + " }");
      y.line("  - { holder: " + Words.HOLDERS[(t + 2) % 5] + ", change_shares: -" + shares() + " }");
    }

    private void texts() {
      y.line("quotes:");
      y.line("  - speaker: " + pick(Words.SPEAKERS));
      y.line("    title: Chief Executive Officer");
      y.line("    text: \"" + pick(Words.QUOTES) + "\"");
      y.line("risks:");
      int r = rnd.nextInt(Words.RISKS.length);
      y.line("  - " + Words.RISKS[r]);
      y.line("  - " + Words.RISKS[(r + 2) % Words.RISKS.length]);
      String segment = c.segments[rnd.nextInt(c.segments.length)][1];
      y.line("commentary: |");
      for (String sentence : Words.COMMENTARY) {
        y.line("  " + String.format(Locale.ROOT, sentence, segment));
      }
      String base = "https://example.com/" + c.id + "/" + p.file().replace(".yaml", "");
      y.line("sources:");
      y.line("  - { title: \"" + p.label() + " results press release (synthetic)\", url: \"" + base
          + "/press-release\" }");
      y.line("  - { title: \"" + p.label() + " results slides (synthetic)\", url: \"" + base + "/slides\" }");
    }

    private int shares() {
      return 100_000 + rnd.nextInt(5_000_000);
    }

    private String pick(String[] words) {
      return words[rnd.nextInt(words.length)];
    }

    private static String money(double price) {
      return BigDecimal.valueOf(price).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A figure with the year-over-year change the company states (rounded to whole percent). */
    private static String stated(long now, long before) {
      return stated(BigDecimal.valueOf(now), BigDecimal.valueOf(before));
    }

    private static String stated(BigDecimal now, BigDecimal before) {
      if (before.signum() <= 0) {
        return now.toPlainString();
      }
      BigDecimal pct = now.subtract(before).multiply(BigDecimal.valueOf(100))
          .divide(before, 0, RoundingMode.HALF_UP);
      return "{ value: " + now.toPlainString() + ", change_pct: " + pct.toPlainString() + " }";
    }
  }

  /** A YAML text written line by line, with Unix line ends. */
  static final class Yaml {
    private final StringBuilder b = new StringBuilder();

    void line(String text) {
      b.append(text).append('\n');
    }

    @Override
    public String toString() {
      return b.toString();
    }
  }
}

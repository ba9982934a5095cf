package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Company;
import io.briefs.model.CompanyData;
import io.briefs.model.Corpus;
import io.briefs.model.FiscalQuarter;
import io.briefs.model.GuidanceEvent;
import io.briefs.model.Quarter;
import io.briefs.model.SourceLoc;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;

/**
 * Loads a data folder: one folder per company holding {@code company.yaml}, one file per fiscal
 * quarter named after its period and one file per guidance event named after its date. Every
 * problem is collected, never thrown.
 */
public final class DatasetLoader {
  /** A hundred years of quarters: more is a mistake (or an attack), refused before parsing. */
  static final int MAX_QUARTERS = 400;
  /** Guidance events per company: at most as many as quarters. */
  static final int MAX_EVENTS = 400;

  private final Diagnostics diagnostics;
  private final int jobs;
  private Path project;

  /** A loader that reports into {@code diagnostics} and reads one company at a time. */
  public DatasetLoader(Diagnostics diagnostics) {
    this(diagnostics, 1);
  }

  /** A loader that reports into {@code diagnostics} and reads up to {@code jobs} companies at once. */
  public DatasetLoader(Diagnostics diagnostics, int jobs) {
    this.diagnostics = diagnostics;
    this.jobs = Math.max(1, jobs);
  }

  /**
   * Loads every company under {@code dataDir}; what failed to load is left out and reported.
   * Links are followed only when they stay inside the project: the folder holding {@code dataDir}.
   */
  public Corpus load(Path dataDir) {
    return load(dataDir, Set.of());
  }

  /**
   * Loads every company under {@code dataDir} except those in {@code unread}, whose folders are
   * still checked by name and place but not read (their data was read by an earlier build and
   * has not changed since).
   */
  public Corpus load(Path dataDir, Set<String> unread) {
    if (!Files.isDirectory(dataDir)) {
      diagnostics.error(SourceLoc.file(dataDir.toString()), "data folder not found");
      return new Corpus(List.of());
    }
    Path parent = dataDir.toAbsolutePath().normalize().getParent();
    try {
      project = parent == null ? null : parent.toRealPath();
    } catch (IOException e) {
      project = null;
    }
    if (!confined(dataDir)) {
      return new Corpus(List.of());
    }
    List<Path> folders = new ArrayList<>();
    for (Path entry : list(dataDir)) {
      String name = entry.getFileName().toString();
      if (!confined(entry)) {
        continue;
      }
      if (!Files.isDirectory(entry)) {
        diagnostics.error(
            SourceLoc.file(entry.toString()),
            "unexpected file in the data folder: it holds one folder per company");
      } else if (!Company.ID.matcher(name).matches()) {
        diagnostics.error(
            SourceLoc.file(entry.toString()),
            "company folder name `" + name + "` must be 1 to 40 lower-case letters, digits or"
                + " hyphens");
      } else if (!unread.contains(name)) {
        folders.add(entry);
      }
    }
    List<CompanyData> companies = loadCompanies(folders);
    if (companies.isEmpty() && unread.isEmpty() && !diagnostics.hasErrors()) {
      diagnostics.error(SourceLoc.file(dataDir.toString()), "no company folders found");
    }
    return new Corpus(companies);
  }

  /**
   * Loads the company folders on up to {@code jobs} threads, each into diagnostics of its own
   * (readers compare error counts, so they must not see another company's errors), merged in
   * folder order.
   */
  private List<CompanyData> loadCompanies(List<Path> folders) {
    List<CompanyLoad> loaded;
    if (jobs == 1 || folders.size() < 2) {
      loaded = folders.stream().map(this::loadAlone).toList();
    } else {
      ForkJoinPool pool = new ForkJoinPool(Math.min(jobs, folders.size()));
      try {
        loaded = pool.submit(() -> folders.parallelStream().map(this::loadAlone).toList()).join();
      } finally {
        pool.shutdown();
      }
    }
    List<CompanyData> companies = new ArrayList<>();
    for (CompanyLoad l : loaded) {
      diagnostics.addAll(l.diagnostics());
      if (l.data() != null) {
        companies.add(l.data());
      }
    }
    return companies;
  }

  private record CompanyLoad(CompanyData data, Diagnostics diagnostics) {}

  private CompanyLoad loadAlone(Path folder) {
    DatasetLoader one = new DatasetLoader(new Diagnostics());
    one.project = project;
    return new CompanyLoad(one.loadCompany(folder, folder.getFileName().toString()), one.diagnostics);
  }

  private CompanyData loadCompany(Path dir, String folderId) {
    Company company = readCompany(dir, folderId);
    // without a valid company.yaml the quarter files cannot be mapped (their ids are declared
    // there), but their names and YAML are still checked so that one run reports everything
    List<Quarter> quarters = new ArrayList<>();
    List<GuidanceEvent> events = new ArrayList<>();
    List<Path> files = list(dir);
    if (files.size() > MAX_QUARTERS + MAX_EVENTS + 1) {
      diagnostics.error(SourceLoc.file(dir.toString()), "holds " + files.size() + " files; a company may have at"
          + " most " + MAX_QUARTERS + " quarter files (a hundred years) and " + MAX_EVENTS + " guidance events,"
          + " so none were read");
      return null;
    }
    for (Path file : files) {
      if (!confined(file)) {
        continue;
      }
      LocalDate eventDate = GuidanceEvent.dateOfFile(file.getFileName().toString());
      if (eventDate != null && Files.isRegularFile(file)) {
        GuidanceEvent e = loadEventFile(file, company, eventDate);
        if (e != null) {
          events.add(e);
        }
        continue;
      }
      Quarter q = loadQuarterFile(file, company);
      if (q != null) {
        quarters.add(q);
      }
    }
    if (company == null) {
      return null;
    }
    quarters.sort(Comparator.comparing(Quarter::period));
    events.sort(Comparator.comparing(GuidanceEvent::date).thenComparing(GuidanceEvent::file));
    return new CompanyData(company, quarters, events);
  }

  /** The guidance event in {@code file}; with a null company, only its YAML is checked. */
  private GuidanceEvent loadEventFile(Path file, Company company, LocalDate named) {
    MapNode root = parse(file);
    return root == null || company == null
        ? null
        : new EventReader(company, diagnostics).read(root, file.toString(), named);
  }

  /**
   * Whether a path, with every link resolved, is still inside the project; a link out of it is
   * reported and never read.
   */
  private boolean confined(Path path) {
    if (project == null) {
      return true;
    }
    try {
      Path real = path.toRealPath();
      if (real.startsWith(project)) {
        return true;
      }
      diagnostics.error(SourceLoc.file(path.toString()), "leads to " + real + ", outside the project ("
          + project + "); briefs follows links only inside the project");
    } catch (IOException e) {
      diagnostics.error(SourceLoc.file(path.toString()), "cannot be read (a broken link?): " + e.getMessage());
    }
    return false;
  }

  private Company readCompany(Path dir, String folderId) {
    Path companyFile = dir.resolve("company.yaml");
    if (!Files.isRegularFile(companyFile)) {
      diagnostics.error(SourceLoc.file(companyFile.toString()), "missing company.yaml");
      return null;
    }
    MapNode root = parse(companyFile);
    Company company = root == null ? null : new CompanyReader(diagnostics).read(root, companyFile.toString());
    if (company != null && !company.id().equals(folderId)) {
      diagnostics.error(
          new SourceLoc(companyFile.toString(), 1, 1),
          "id `" + company.id() + "` does not match the folder name `" + folderId + "`");
      return null;
    }
    return company;
  }

  /** The quarter in {@code file}; with a null company, only its name and YAML are checked. */
  private Quarter loadQuarterFile(Path file, Company company) {
    String name = file.getFileName().toString();
    if (name.equals("company.yaml")) {
      return null;
    }
    FiscalQuarter named =
        name.endsWith(".yaml") ? FiscalQuarter.parseSlug(name.substring(0, name.length() - 5)) : null;
    if (named == null || !Files.isRegularFile(file)) {
      diagnostics.error(
          SourceLoc.file(file.toString()),
          "unexpected " + (Files.isDirectory(file) ? "folder" : "file") + " `" + name
              + "`: a company folder holds company.yaml, quarter files named like fy2026-q1.yaml"
              + " and guidance events named like 2025-10-15-investor-day.yaml" + hint(name));
      return null;
    }
    MapNode root = parse(file);
    return root == null || company == null
        ? null
        : new QuarterReader(company, diagnostics).read(root, file.toString(), named);
  }

  private static String hint(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".yml")) {
      return " (use the .yaml extension)";
    }
    if (!lower.equals(name) && (FiscalQuarter.parseSlug(lower.replace(".yaml", "")) != null
        || GuidanceEvent.dateOfFile(lower) != null)) {
      return " (use lower case: " + lower + ")";
    }
    if (lower.matches("\\d{4}-\\d{2}-\\d{2}-.*\\.yaml")) {
      return GuidanceEvent.dateOfFile(lower.substring(0, 10) + "-x.yaml") == null
          ? " (" + name.substring(0, 10) + " is not a calendar date)"
          : " (an event's name is its date, a hyphen, then lower-case letters, digits or hyphens)";
    }
    return "";
  }

  private MapNode parse(Path file) {
    try {
      long size = Files.size(file);
      if (size > YamlTree.MAX_BYTES) {
        diagnostics.error(
            new SourceLoc(file.toString(), 1, 1),
            String.format("file is %,d bytes; the limit is %,d bytes (1 MiB)", size, YamlTree.MAX_BYTES));
        return null;
      }
      return YamlTree.parse(file.toString(), Files.readAllBytes(file), diagnostics);
    } catch (IOException e) {
      diagnostics.error(SourceLoc.file(file.toString()), "cannot read the file: " + e.getMessage());
      return null;
    }
  }

  /** The visible entries of a folder, sorted by name; hidden files (.DS_Store...) are skipped. */
  private List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(p -> !p.getFileName().toString().startsWith("."))
          .sorted(Comparator.comparing(p -> p.getFileName().toString()))
          .toList();
    } catch (IOException e) {
      diagnostics.error(SourceLoc.file(dir.toString()), "cannot list the folder: " + e.getMessage());
      return List.of();
    }
  }
}

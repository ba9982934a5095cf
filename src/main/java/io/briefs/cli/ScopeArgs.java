package io.briefs.cli;

import io.briefs.build.Scope;
import io.briefs.build.Shard;
import io.briefs.model.FiscalQuarter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which briefs a build renders and how: {@code --jobs}, {@code --force} and the selection options. */
final class ScopeArgs {
  @Option(names = "--jobs", paramLabel = "N", description = "Briefs rendered at once (default: the number of cores).")
  Integer jobs;

  @Option(names = "--force", description = "Render every selected brief, even those whose inputs did not change.")
  boolean force;

  @Option(names = "--company", paramLabel = "ID", description = "Only this company's briefs; the others keep"
      + " what the output folder has.")
  String company;

  @Option(names = "--period", paramLabel = "FY2026-Q1", converter = PeriodConverter.class,
      description = "Only the briefs of this fiscal quarter; the others keep what the output folder has.")
  FiscalQuarter period;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Only briefs reported on or after this date; the others keep what the output folder has.")
  LocalDate since;

  @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
      description = "Build only shard K of N (a fixed share of the briefs) and no listing pages; combine the"
          + " shards with `briefs merge`.")
  Shard shard;

  /** The scope these options describe; {@code --jobs} below 1 is a usage error. */
  Scope scope(CommandLine cl) {
    int n = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
    if (n < 1) {
      throw new CommandLine.ParameterException(cl, "--jobs must be at least 1, got " + n);
    }
    return new Scope(n, force, company, period, since, shard);
  }

  /** Reads {@code FY2026-Q1}. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<FiscalQuarter> {
    @Override
    public FiscalQuarter convert(String value) {
      FiscalQuarter q = FiscalQuarter.parse(value.trim().toUpperCase(java.util.Locale.ROOT));
      if (q == null) {
        throw new CommandLine.TypeConversionException("a fiscal quarter is written like FY2026-Q1, got `"
            + value + "`");
      }
      return q;
    }
  }

  /** Reads an ISO date. */
  static final class DateConverter implements CommandLine.ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value.trim());
      } catch (DateTimeParseException e) {
        throw new CommandLine.TypeConversionException("a date is written like 2025-05-29, got `" + value + "`");
      }
    }
  }

  /** Reads {@code K/N}. */
  static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
    @Override
    public Shard convert(String value) {
      try {
        return Shard.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}

package io.briefs.cli;

import io.briefs.build.Scope;
import io.briefs.build.Shard;
import io.briefs.model.FiscalQuarter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Which briefs a command works on: {@code --company}, {@code --period} and {@code --since}. */
final class SelectArgs {
  @Option(names = "--company", paramLabel = "ID", description = "Only this company's briefs.")
  String company;

  @Option(names = "--period", paramLabel = "FY2026-Q1", converter = PeriodConverter.class,
      description = "Only the briefs of this fiscal quarter.")
  FiscalQuarter period;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
      description = "Only briefs reported on or after this date.")
  LocalDate since;

  /** The scope of these options, with {@code jobs}, {@code force} and an optional shard. */
  Scope scope(int jobs, boolean force, Shard shard) {
    return new Scope(jobs, force, company, period, since, shard);
  }

  /** The options as given, to repeat in a message ({@code " --company dell"}), or the empty string. */
  String describe() {
    return (company == null ? "" : " --company " + company) + (period == null ? "" : " --period " + period.label())
        + (since == null ? "" : " --since " + since);
  }

  /** Reads {@code FY2026-Q1}. */
  static final class PeriodConverter implements CommandLine.ITypeConverter<FiscalQuarter> {
    @Override
    public FiscalQuarter convert(String value) {
      FiscalQuarter q = FiscalQuarter.parse(value.trim().toUpperCase(Locale.ROOT));
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

package io.briefs.sec;

import io.briefs.model.Units;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What an import would write into a file, as an ordered tree of keys: mappings, values with the
 * comment naming where each comes from, and verbatim blocks. The same tree is rendered into a new
 * file or merged into an existing one (only its missing keys are added).
 */
final class KeyTree {
  private KeyTree() {}

  /** A key's content. */
  sealed interface KeyNode permits Branch, Leaf, Verbatim {}

  /** A mapping; {@code comment} goes on its key's line. */
  record Branch(@Nullable String comment, LinkedHashMap<String, KeyNode> children) implements KeyNode {
    Branch(@Nullable String comment) {
      this(comment, new LinkedHashMap<>());
    }

    Branch put(String key, KeyNode item) {
      children.put(key, item);
      return this;
    }
  }

  /** A value; its comment may depend on the file's scale (derivations name amounts). */
  record Leaf(Value value, Function<Units, @Nullable String> comment) implements KeyNode {}

  /**
   * Lines written as they are under their key, one level deeper, when the key is missing (a list
   * of sources); never compared with what a file has.
   */
  record Verbatim(List<String> lines) implements KeyNode {}

  /** A value that can be written in a file of a given scale and compared with what one has. */
  interface Value {
    /** The value as written in a file whose amounts are in {@code scale}. */
    String written(Units scale);

    /**
     * Why what a file has for this key disagrees with the draft, or null when it agrees.
     *
     * @param found the text of the scalar the file has (or of its {@code value:} key), or null
     *     when the file has something else there (a list, a mapping)
     */
    @Nullable String disagreement(@Nullable String found, Units scale);
  }

  /** Text that must be the same: a company id, a period. */
  record ExactText(String text) implements Value {
    @Override
    public String written(Units scale) {
      return YamlScalars.plainOrQuoted(text);
    }

    @Override
    public @Nullable String disagreement(@Nullable String found, Units scale) {
      return text.equals(found) ? null : "the import is for " + text;
    }
  }

  /** A date that must be the same. */
  record Day(LocalDate date, String source) implements Value {
    @Override
    public String written(Units scale) {
      return date.toString();
    }

    @Override
    public @Nullable String disagreement(@Nullable String found, Units scale) {
      return date.equals(parse(found)) ? null : source + " gives " + date;
    }
  }

  /**
   * The filing date standing in for a release date: a file's earlier date (the release) agrees
   * with it, a later one does not. A filing later than the format allows a release to follow its
   * quarter is written as the latest date allowed ({@code date}).
   */
  record ReportedBy(Filing filing, LocalDate date) implements Value {
    @Override
    public String written(Units scale) {
      return date.toString();
    }

    @Override
    public @Nullable String disagreement(@Nullable String found, Units scale) {
      LocalDate d = parse(found);
      return d != null && !d.isAfter(filing.filed()) ? null
          : "the " + filing.cite() + " first reported the quarter, so it was released by then";
    }
  }

  /** The scale of a new file's amounts; a file's own {@code units} always stands. */
  record FileUnits(Units scale) implements Value {
    @Override
    public String written(Units ignored) {
      return scale.key();
    }

    @Override
    public @Nullable String disagreement(@Nullable String found, Units ignored) {
      return null;
    }
  }

  /** An amount in currency units, or a per-share figure ({@code scaled} false). */
  record NumberValue(BigDecimal value, boolean scaled, String source) implements Value {
    @Override
    public String written(Units scale) {
      return scaled ? scale.written(value) : value.toPlainString();
    }

    @Override
    public @Nullable String disagreement(@Nullable String found, Units scale) {
      BigDecimal have = decimal(found);
      if (have != null && (scaled ? scale.amount(have) : have).compareTo(value) == 0) {
        return null;
      }
      return source + " gives " + written(scale);
    }
  }

  static @Nullable LocalDate parse(@Nullable String text) {
    try {
      return text == null ? null : LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  static @Nullable BigDecimal decimal(@Nullable String text) {
    if (text == null || !text.matches("[-+]?[0-9]+(\\.[0-9]+)?")) {
      return null;
    }
    return new BigDecimal(text.startsWith("+") ? text.substring(1) : text);
  }
}

package io.briefs.load;

import io.briefs.diag.Diagnostics;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Reads enum values written in datasets as lower-case words with hyphens ({@code raise-target}). */
final class Enums {
  private Enums() {}

  /** The key a constant is written as. */
  static String key(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constant written at {@code node}, or null after reporting (or when node is null). */
  static <E extends Enum<E>> E read(
      Scalars scalars, Diagnostics diagnostics, Node node, String field, Class<E> type) {
    if (node == null) {
      return null;
    }
    E[] constants = type.getEnumConstants();
    List<String> keys = Arrays.stream(constants).map(Enums::key).toList();
    String text = scalars.text(node, field + ": one of " + String.join(", ", keys));
    if (text == null) {
      return null;
    }
    int index = keys.indexOf(text);
    if (index < 0) {
      diagnostics.error(
          node.loc(),
          field + " `" + text + "` is not one of " + String.join(", ", keys)
              + Suggest.hint(text, keys));
      return null;
    }
    return constants[index];
  }
}

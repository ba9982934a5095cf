package io.briefs.model;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What a broker did. */
public enum AnalystActionKind {
  UPGRADE,
  DOWNGRADE,
  INITIATE,
  REITERATE,
  RAISE_TARGET,
  LOWER_TARGET;

  /** The key used in datasets: {@code raise-target}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The action with the given dataset key, or null. */
  public static @Nullable AnalystActionKind byKey(String key) {
    for (AnalystActionKind k : values()) {
      if (k.key().equals(key)) {
        return k;
      }
    }
    return null;
  }
}

package io.briefs.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What happened to an outlook compared with the one given a quarter earlier. */
public enum GuidanceStatus {
  INITIATED,
  RAISED,
  LOWERED,
  REAFFIRMED,
  NARROWED,
  WIDENED,
  WITHDRAWN;

  /** The statuses a dataset may state; the others are only ever derived. */
  public static final Set<GuidanceStatus> STATABLE =
      EnumSet.of(INITIATED, RAISED, LOWERED, REAFFIRMED, WITHDRAWN);

  /** The key used in datasets. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status with the given dataset key, or null. */
  public static @Nullable GuidanceStatus byKey(String key) {
    for (GuidanceStatus s : values()) {
      if (s.key().equals(key)) {
        return s;
      }
    }
    return null;
  }
}

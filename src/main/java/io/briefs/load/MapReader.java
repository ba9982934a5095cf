package io.briefs.load;

import io.briefs.diag.Diagnostics;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the keys of one mapping and, when done, reports every key that was never asked for as
 * unknown, with the nearest valid key.
 */
final class MapReader {
  private final MapNode node;
  private final String context;
  private final Diagnostics diagnostics;
  private final Set<String> known = new LinkedHashSet<>();
  private final Set<String> missing = new LinkedHashSet<>();
  /** The entries by key, made on the first look-up: a block keyed by ids is read id by id. */
  private Map<String, MapNode.Pair> byKey;

  private MapReader(MapNode node, String context, Diagnostics diagnostics) {
    this.node = node;
    this.context = context;
    this.diagnostics = diagnostics;
  }

  /**
   * A reader for a node that must be a mapping; null after reporting when it is not.
   *
   * @param context how the mapping is named in messages ("results", "segment `isg`")
   */
  static MapReader of(Node node, String context, Diagnostics diagnostics) {
    if (node instanceof MapNode map) {
      return new MapReader(map, context, diagnostics);
    }
    diagnostics.error(node.loc(), "expected a mapping for " + context + ", found " + node.describe());
    return null;
  }

  /** The node's location. */
  MapNode node() {
    return node;
  }

  /** An optional key's value, or null; an explicit empty value counts as absent. */
  Node get(String key) {
    known.add(key);
    MapNode.Pair e = entry(key);
    if (e == null) {
      return null;
    }
    boolean empty = e.value() instanceof ScalarNode s && s.kind() == ScalarNode.Type.NULL;
    return empty ? null : e.value();
  }

  /**
   * A required key's value, or null when it is missing. The absence is reported when the reader
   * finishes, unless a misspelt key already points at it ("did you mean `revenue`?").
   */
  Node require(String key) {
    Node value = get(key);
    if (value == null) {
      missing.add(key);
    }
    return value;
  }

  /** The entries, for mappings whose keys are ids rather than fixed names. */
  List<MapNode.Pair> entries() {
    return node.entries();
  }

  /** Reports every key not asked for. */
  void finish() {
    reportUnknown(known);
  }

  /**
   * Reports every key not among {@code valid} (the first {@value Limits#UNKNOWN_KEYS} one by one,
   * with the nearest valid key, then how many more), then every required key still missing.
   */
  void reportUnknown(Collection<String> valid) {
    Set<String> suggested = new LinkedHashSet<>();
    Set<String> validKeys = new HashSet<>(valid);
    int unknown = 0;
    MapNode.Pair unlisted = null;
    for (MapNode.Pair e : node.entries()) {
      if (!validKeys.contains(e.key())) {
        if (++unknown > Limits.UNKNOWN_KEYS) {
          unlisted = unlisted == null ? e : unlisted;
          continue;
        }
        diagnostics.error(e.keyLoc(), unknownKey(e.key(), context, valid));
        String near = Suggest.nearest(e.key(), valid);
        if (near != null) {
          suggested.add(near);
        }
      }
    }
    if (unlisted != null) {
      diagnostics.error(unlisted.keyLoc(), (unknown - Limits.UNKNOWN_KEYS) + " more unknown keys in " + context
          + ", from here on, are not listed one by one");
    }
    for (String key : missing) {
      MapNode.Pair written = entry(key);
      if (written != null) {
        diagnostics.error(written.keyLoc(), "required key `" + key + "` in " + context + " has no value");
      } else if (!suggested.contains(key)) {
        diagnostics.error(node.loc(), "missing required key `" + key + "` in " + context);
      }
    }
    missing.clear();
  }

  private MapNode.Pair entry(String key) {
    if (byKey == null) {
      byKey = new HashMap<>();
      node.entries().forEach(e -> byKey.put(e.key(), e)); // keys are unique (YamlTree)
    }
    return byKey.get(key);
  }

  /** The message for a key that is not valid in a context. */
  static String unknownKey(String key, String context, Collection<String> valid) {
    String hint = Suggest.hint(key, valid);
    if (!hint.isEmpty() || valid.isEmpty()) {
      return "unknown key `" + key + "` in " + context + hint;
    }
    return "unknown key `" + key + "` in " + context + "; expected one of: " + String.join(", ", valid);
  }
}

package io.briefs.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Shard {@code index} of {@code count} ({@code --shard 2/4}): a brief belongs to the shard its
 * key hashes to, so every machine of a CI matrix takes a fixed, even share without talking to
 * the others, and a brief never moves between shards when others are added.
 */
public record Shard(int index, int count) {

  /** Checks 1 <= index <= count. */
  public Shard {
    if (count < 1 || index < 1 || index > count) {
      throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, like 2/4");
    }
  }

  /** Parses {@code K/N}. */
  public static Shard parse(String text) {
    String[] parts = text.split("/", -1);
    try {
      if (parts.length == 2) {
        return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("a shard is K/N with 1 <= K <= N, like 2/4; got `" + text + "`");
  }

  /** Whether the brief with this key ({@code company/fy2026-q1}) belongs to this shard. */
  public boolean holds(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      long value = ((h[0] & 0xffL) << 24) | ((h[1] & 0xffL) << 16) | ((h[2] & 0xffL) << 8) | (h[3] & 0xffL);
      return value % count == index - 1;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String toString() {
    return index + "/" + count;
  }
}

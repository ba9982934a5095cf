package io.briefs.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;

/** Writes a ledger as the brief's {@code data.json}: stable key order, pretty-printed, UTF-8. */
public final class LedgerJson {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .build();

  private LedgerJson() {}

  /** The JSON bytes of a ledger. */
  public static byte[] write(Ledger ledger) {
    try {
      return (MAPPER.writeValueAsString(ledger) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a ledger is plain data and always serialises", e);
    }
  }
}

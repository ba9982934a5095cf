package io.briefs.load;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.briefs.diag.Diagnostics;
import io.briefs.model.SourceLoc;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Parses one YAML file into a located tree, refusing what the dataset format does not allow:
 * files over 1 MiB, nesting deeper than 32 levels, anchors and aliases, duplicate keys, more than
 * one document, and bytes that are not UTF-8.
 */
final class YamlTree {
  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_DEPTH = 32;
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();

  private final String file;
  private final Diagnostics diagnostics;

  private YamlTree(String file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * Parses a file's bytes; returns the root mapping, or null after reporting why there is none.
   *
   * @param file the path shown in diagnostics
   */
  static MapNode parse(String file, byte[] bytes, Diagnostics diagnostics) {
    return new YamlTree(file, diagnostics).parse(bytes);
  }

  private MapNode parse(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      diagnostics.error(
          new SourceLoc(file, 1, 1),
          String.format("file is %,d bytes; the limit is %,d bytes (1 MiB)", bytes.length, MAX_BYTES));
      return null;
    }
    String text = decode(bytes);
    if (text == null) {
      return null;
    }
    try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        diagnostics.error(new SourceLoc(file, 1, 1), "file is empty: expected a mapping of keys");
        return null;
      }
      Node root = read(parser, first, 1);
      if (root == null) {
        return null;
      }
      if (parser.nextToken() != null) {
        diagnostics.error(at(parser), "a file holds one YAML document; remove the second one");
        return null;
      }
      if (!(root instanceof MapNode map)) {
        diagnostics.error(root.loc(), "expected a mapping of keys, found " + root.describe());
        return null;
      }
      return map;
    } catch (JacksonException e) {
      reportSyntax(e);
      return null;
    } catch (IOException e) {
      diagnostics.error(new SourceLoc(file, 1, 1), "cannot read: " + e.getMessage());
      return null;
    }
  }

  private String decode(byte[] bytes) {
    int start = hasBom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      diagnostics.error(new SourceLoc(file, 1, 1), "file is not UTF-8 text; save it as UTF-8");
      return null;
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  /** Reads the node whose first token is current; null after an error that stops parsing. */
  private Node read(YAMLParser p, JsonToken token, int depth) throws IOException {
    SourceLoc loc = at(p);
    if (depth > MAX_DEPTH) {
      diagnostics.error(loc, "nested deeper than " + MAX_DEPTH + " levels");
      return null;
    }
    if (p.getObjectId() != null) {
      diagnostics.error(
          loc,
          "YAML anchors (&" + p.getObjectId() + ") are not allowed: write each value out in full");
      return null;
    }
    return switch (token) {
      case START_OBJECT -> readMap(p, loc, depth);
      case START_ARRAY -> readList(p, loc, depth);
      default -> readScalar(p, token, loc);
    };
  }

  private Node readScalar(YAMLParser p, JsonToken token, SourceLoc loc) throws IOException {
    if (p.isCurrentAlias()) {
      diagnostics.error(
          loc, "YAML aliases (*" + p.getText() + ") are not allowed: write the value out in full");
      return null;
    }
    ScalarNode.Kind kind =
        switch (token) {
          case VALUE_NUMBER_INT -> ScalarNode.Kind.INTEGER;
          case VALUE_NUMBER_FLOAT -> ScalarNode.Kind.DECIMAL;
          case VALUE_TRUE, VALUE_FALSE -> ScalarNode.Kind.BOOLEAN;
          case VALUE_NULL -> ScalarNode.Kind.NULL;
          default -> ScalarNode.Kind.STRING;
        };
    return new ScalarNode(loc, p.getText(), kind);
  }

  private Node readMap(YAMLParser p, SourceLoc loc, int depth) throws IOException {
    List<MapNode.Entry> entries = new ArrayList<>();
    Map<String, SourceLoc> seen = new HashMap<>();
    boolean ok = true;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
      String key = p.currentName();
      SourceLoc keyLoc = at(p);
      Node value = read(p, p.nextToken(), depth + 1);
      if (value == null) {
        return null;
      }
      SourceLoc first = seen.putIfAbsent(key, keyLoc);
      if (first != null) {
        diagnostics.error(
            keyLoc, "duplicate key `" + key + "` (first written at line " + first.line() + ")");
        ok = false;
      } else {
        entries.add(new MapNode.Entry(key, keyLoc, value));
      }
    }
    return ok ? new MapNode(loc, entries) : null;
  }

  private Node readList(YAMLParser p, SourceLoc loc, int depth) throws IOException {
    List<Node> items = new ArrayList<>();
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      Node item = read(p, t, depth + 1);
      if (item == null) {
        return null;
      }
      items.add(item);
    }
    return new ListNode(loc, items);
  }

  private SourceLoc at(YAMLParser p) {
    JsonLocation l = p.currentTokenLocation();
    return new SourceLoc(file, Math.max(1, l.getLineNr()), Math.max(1, l.getColumnNr()));
  }

  private void reportSyntax(JacksonException e) {
    if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      var mark = marked.getProblemMark();
      diagnostics.error(
          new SourceLoc(file, mark.getLine() + 1, mark.getColumn() + 1),
          "YAML syntax: " + marked.getProblem());
      return;
    }
    JsonLocation l = e.getLocation();
    int line = l == null ? 1 : Math.max(1, l.getLineNr());
    int column = l == null ? 1 : Math.max(1, l.getColumnNr());
    diagnostics.error(new SourceLoc(file, line, column), "YAML syntax: " + e.getOriginalMessage());
  }
}

package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.diag.Printable;
import io.briefs.diag.YamlEscape;
import io.briefs.model.SourceLoc;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses one YAML file into a located tree from SnakeYAML's event stream (nothing is ever
 * constructed from the file), refusing what the dataset format does not allow: files over 1 MiB,
 * nesting deeper than 32 levels, anchors, aliases and tags, duplicate keys, more than one document,
 * bytes that are not UTF-8, and characters that are not safe text ({@link Printable#unsafe}):
 * written raw anywhere in the file, or as escapes in a quoted value or key (a value may hold tabs
 * and line breaks; whether its field allows them is the reader's to say). Every such problem in a
 * file is reported, not just the first.
 */
final class YamlTree {
  static final int MAX_BYTES = 1024 * 1024;
  static final int MAX_DEPTH = 32;
  /** Unsafe characters reported per file before the rest are left unsaid. */
  private static final int MAX_CHARACTER_ERRORS = 20;
  private static final Resolver RESOLVER = new Resolver();

  private final String file;
  private final Diagnostics diagnostics;
  private Parser events;
  private StreamReader reader;
  private String text = "";
  private String[] lines;
  private boolean failed;

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
      error(new SourceLoc(file, 1, 1),
          String.format("file is %,d bytes; the limit is %,d bytes (1 MiB)", bytes.length, MAX_BYTES));
      return null;
    }
    String text = decode(bytes);
    if (text == null || !safeCharacters(text)) {
      return null;
    }
    this.text = text;
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(MAX_BYTES);
    try {
      // the bare parser: a Yaml object would also build a constructor and a representer per file
      reader = new StreamReader(new StringReader(text));
      events = new ParserImpl(reader, options);
      return document();
    } catch (NumberFormatException e) {
      badEscape();
      return null;
    } catch (MarkedYAMLException e) {
      reportSyntax(e);
      return null;
    } catch (Abort e) {
      return null;
    } catch (YAMLException e) {
      error(new SourceLoc(file, 1, 1), "YAML syntax: " + e.getMessage());
      return null;
    }
  }

  private MapNode document() {
    events.getEvent(); // stream start
    Event first = events.getEvent();
    if (!(first instanceof DocumentStartEvent)) {
      error(new SourceLoc(file, 1, 1), "file is empty: expected a mapping of keys");
      return null;
    }
    Node root = node(events.getEvent(), 1);
    events.getEvent(); // document end
    Event after = events.getEvent();
    if (after instanceof DocumentStartEvent) {
      error(at(after.getStartMark()), "a file holds one YAML document; remove the second one");
      return null;
    }
    if (failed || root == null) {
      return null;
    }
    if (!(root instanceof MapNode map)) {
      error(root.loc(), "expected a mapping of keys, found " + root.describe());
      return null;
    }
    return map;
  }

  private Node node(Event event, int depth) {
    SourceLoc loc = at(event.getStartMark());
    if (depth > MAX_DEPTH) {
      error(loc, "nested deeper than " + MAX_DEPTH + " levels");
      throw new Abort();
    }
    if (event instanceof AliasEvent alias) {
      error(loc, "YAML aliases (*" + alias.getAnchor() + ") are not allowed: write the value out in full");
      return new ScalarNode(loc, "", ScalarNode.Type.NULL);
    }
    if (event instanceof NodeEvent n && n.getAnchor() != null) {
      error(loc, "YAML anchors (&" + n.getAnchor() + ") are not allowed: write each value out in full");
    }
    if (event instanceof CollectionStartEvent c && c.getTag() != null) {
      error(loc, "YAML tags (" + c.getTag() + ") are not allowed");
    }
    if (event instanceof MappingStartEvent) {
      return map(loc, depth);
    }
    if (event instanceof SequenceStartEvent) {
      return list(loc, depth);
    }
    return scalar((ScalarEvent) event, loc);
  }

  private Node scalar(ScalarEvent e, SourceLoc loc) {
    if (e.getTag() != null) {
      error(loc, "YAML tags (" + e.getTag() + ") are not allowed");
    }
    unsafe(e.getValue(), true, "a value", loc);
    if (!e.isPlain()) {
      boolean block = e.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
          || e.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
      return new ScalarNode(loc, e.getValue(), ScalarNode.Type.STRING, block ? blockContent(loc) : loc);
    }
    Tag tag = RESOLVER.resolve(NodeId.scalar, e.getValue(), true);
    ScalarNode.Type kind = tag.equals(Tag.INT) ? ScalarNode.Type.INTEGER
        : tag.equals(Tag.FLOAT) ? ScalarNode.Type.DECIMAL
        : tag.equals(Tag.BOOL) ? ScalarNode.Type.BOOLEAN
        : tag.equals(Tag.NULL) ? ScalarNode.Type.NULL
        : ScalarNode.Type.STRING;
    return new ScalarNode(loc, e.getValue(), kind);
  }

  /** The first character of a block scalar's first content line (the line after its indicator). */
  private SourceLoc blockContent(SourceLoc indicator) {
    int line = indicator.line() + 1;
    if (lines == null) { // split only when a file has block text (commentary, notes)
      lines = text.split("\r?\n|\r", -1);
    }
    String row = line - 1 < lines.length ? lines[line - 1] : "";
    int indent = 0;
    while (indent < row.length() && row.charAt(indent) == ' ') {
      indent++;
    }
    return new SourceLoc(file, line, indent + 1);
  }

  private Node map(SourceLoc loc, int depth) {
    List<MapNode.Pair> entries = new ArrayList<>();
    Map<String, SourceLoc> seen = new HashMap<>();
    for (Event e = events.getEvent(); !e.is(Event.ID.MappingEnd); e = events.getEvent()) {
      Node keyNode = key(e, depth + 1);
      Node value = node(events.getEvent(), depth + 1);
      if (!(keyNode instanceof ScalarNode key)) {
        error(keyNode.loc(), "a key must be plain text, found " + keyNode.describe());
        continue;
      }
      if (unsafe(key.text(), false, "a key", key.loc())) {
        continue; // said once here, not again as an unknown key
      }
      SourceLoc first = seen.putIfAbsent(key.text(), key.loc());
      if (first != null) {
        error(key.loc(), "duplicate key `" + key.text() + "` (first written at line " + first.line() + ")");
      } else {
        entries.add(new MapNode.Pair(key.text(), key.loc(), value));
      }
    }
    return new MapNode(loc, entries);
  }

  /** A mapping key: plain keys are names, so YAML's type resolution (regexes) is skipped. */
  private Node key(Event e, int depth) {
    if (e instanceof ScalarEvent s && s.getAnchor() == null && s.getTag() == null && depth <= MAX_DEPTH) {
      return new ScalarNode(at(e.getStartMark()), s.getValue(), ScalarNode.Type.STRING);
    }
    return node(e, depth);
  }

  private Node list(SourceLoc loc, int depth) {
    List<Node> items = new ArrayList<>();
    for (Event e = events.getEvent(); !e.is(Event.ID.SequenceEnd); e = events.getEvent()) {
      items.add(node(e, depth + 1));
    }
    return new ListNode(loc, items);
  }

  /**
   * Reports each line's first character that is not safe text, at its line and column (the
   * YAML parser would name only the first, at the start of the file); false when there is one.
   */
  private boolean safeCharacters(String text) {
    int line = 1;
    int column = 1;
    int reported = 0;
    int lastLine = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (cp == '\n' || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'))) {
        line++;
        column = 1;
        continue;
      }
      if (Printable.unsafe(cp) && cp != '\t' && cp != '\r' && line != lastLine) {
        lastLine = line;
        if (reported++ < MAX_CHARACTER_ERRORS) {
          error(new SourceLoc(file, line, column), "the file holds " + Printable.describe(cp)
              + "; remove it");
        }
      }
      column++;
    }
    return reported == 0;
  }

  /** Reports the first unsafe character of a parsed value or key; true when there is one. */
  private boolean unsafe(String text, boolean tabsAndLineBreaks, String what, SourceLoc loc) {
    int at = Printable.firstUnsafe(text, tabsAndLineBreaks);
    if (at < 0) {
      return false;
    }
    error(loc, what + " holds " + Printable.describe(text.codePointAt(at)) + " at character "
        + (text.codePointCount(0, at) + 1) + "; remove it");
    return true;
  }

  private String decode(byte[] bytes) {
    int start = hasBom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      error(new SourceLoc(file, 1, 1), "file is not UTF-8 text; save it as UTF-8");
      return null;
    }
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private SourceLoc at(Mark mark) {
    return mark == null ? new SourceLoc(file, 1, 1) : new SourceLoc(file, mark.getLine() + 1, mark.getColumn() + 1);
  }

  private void error(SourceLoc loc, String message) {
    failed = true;
    diagnostics.error(loc, message);
  }

  private void reportSyntax(MarkedYAMLException e) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    if (problem.contains("\\t(TAB)")) {
      problem = "a tab is used for indentation; indent with spaces";
    }
    String message = "YAML syntax: " + problem;
    if (e.getContext() != null && e.getContextMark() != null) {
      message += " (" + e.getContext() + " that starts at line " + (e.getContextMark().getLine() + 1) + ")";
    }
    error(at(mark), message);
  }

  /** An escape SnakeYAML failed on without saying so ({@link YamlEscape}); at its backslash. */
  private void badEscape() {
    Mark mark = reader.getMark();
    error(new SourceLoc(file, mark.getLine() + 1, Math.max(1, mark.getColumn() - 1)),
        YamlEscape.problem(text, mark.getIndex()));
  }

  /** Stops parsing a file that cannot be read any further. */
  private static final class Abort extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Abort() {
      super(null, null, false, false);
    }
  }
}

package io.briefs.sec;

import io.briefs.diag.BriefsException;
import io.briefs.diag.Diagnostic;
import io.briefs.diag.Severity;
import io.briefs.diag.YamlEscape;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.jspecify.annotations.Nullable;

/**
 * A YAML file as text with the place of every node in it, so that keys can be added to it without
 * touching a character a person wrote: comments, order, blank lines and quoting stay as they are.
 * Places are 0-based lines and offsets into {@link #text}.
 */
final class YamlText {
  /** Characters YAML (1.1, as SnakeYAML reads it) breaks lines at. */
  private static final String BREAKS = "\r\n\u0085\u2028\u2029";

  final String file;
  /** The text without a byte-order mark. */
  final String text;
  final boolean bom;
  final YamlNode.Mapping root;
  private final int[] lineStarts;

  /** A place in the text. */
  record At(int line, int offset) {}

  /** A node of the file. */
  sealed interface YamlNode permits YamlNode.Scalar, YamlNode.Mapping, YamlNode.Sequence {
    At start();

    /** Just after the node's last character. */
    At end();

    /** A scalar, with its text as YAML reads it. */
    record Scalar(String value, boolean plain, At start, At end) implements YamlNode {}

    /** A mapping; {@code close} is where a flow mapping's closing brace is (null for block). */
    record Mapping(boolean flow, List<KeyEntry> entries, At start, At end, @Nullable At close) implements YamlNode {
      @Nullable YamlNode get(String key) {
        return entries.stream().filter(e -> e.key.equals(key)).map(KeyEntry::value).findFirst().orElse(null);
      }

      @Nullable KeyEntry entry(String key) {
        return entries.stream().filter(e -> e.key.equals(key)).findFirst().orElse(null);
      }
    }

    /** A sequence. */
    record Sequence(boolean flow, List<YamlNode> items, At start, At end) implements YamlNode {}
  }

  /** One key of a mapping and its value; the first of duplicate keys is the one YAML keeps. */
  record KeyEntry(String key, At keyAt, YamlNode value) {}

  private YamlText(String file, String text, boolean bom, YamlNode.Mapping root, int[] lineStarts) {
    this.file = file;
    this.text = text;
    this.bom = bom;
    this.root = root;
    this.lineStarts = lineStarts;
  }

  /**
   * Parses a file whose top level is a mapping.
   *
   * @throws BriefsException with a located line when it is not valid YAML or not a mapping
   */
  static YamlText parse(String file, String content) throws BriefsException {
    boolean bom = content.startsWith("\uFEFF");
    String text = bom ? content.substring(1) : content;
    int[] lineStarts = lineStarts(text);
    TreeBuilder b = new TreeBuilder(file, text, lineStarts);
    YamlNode.Mapping root = b.document();
    return new YamlText(file, text, bom, root, lineStarts);
  }

  /** The number of lines (a last line without a line break counts). */
  int lines() {
    return lineStarts.length;
  }

  /** The offset at which a line starts; {@code lines()} gives the end of the text. */
  int lineStart(int line) {
    return line >= lineStarts.length ? text.length() : lineStarts[line];
  }

  /** The line separator the file mostly uses. */
  String newline() {
    int crlf = 0;
    int lf = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (i > 0 && text.charAt(i - 1) == '\r') {
          crlf++;
        } else {
          lf++;
        }
      }
    }
    return crlf > lf ? "\r\n" : "\n";
  }

  /** The text of a line, without its line break. */
  String line(int line) {
    int from = lineStart(line);
    int to = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    while (to > from && BREAKS.indexOf(text.charAt(to - 1)) >= 0) {
      to--;
    }
    return text.substring(from, to);
  }

  private static int[] lineStarts(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (BREAKS.indexOf(c) >= 0 && i + 1 < text.length()) {
        starts.add(i + 1);
      }
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** Builds the node tree from SnakeYAML's event stream; nothing is constructed from the file. */
  private static final class TreeBuilder {
    private final String file;
    private final String text;
    private final int[] lineStarts;
    private Parser events;

    TreeBuilder(String file, String text, int[] lineStarts) {
      this.file = file;
      this.text = text;
      this.lineStarts = lineStarts;
    }

    YamlNode.Mapping document() throws BriefsException {
      LoaderOptions options = new LoaderOptions();
      options.setCodePointLimit(8 * 1024 * 1024);
      try {
        StreamReader reader = new StreamReader(new StringReader(text));
        events = new ParserImpl(reader, options);
        try {
          return root();
        } catch (NumberFormatException e) {
          Mark m = reader.getMark(); // just past an escape's letter: at its backslash
          throw error(m.getLine(), Math.max(0, m.getColumn() - 2), YamlEscape.problem(text, m.getIndex()));
        }
      } catch (MarkedYAMLException e) {
        Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
        throw error(m == null ? 0 : m.getLine(), m == null ? 0 : m.getColumn(),
            "YAML syntax: " + (e.getProblem() == null ? "invalid YAML" : e.getProblem()));
      } catch (YAMLException e) {
        throw error(0, 0, "YAML syntax: " + e.getMessage());
      }
    }

    private YamlNode.Mapping root() throws BriefsException {
      events.getEvent(); // stream start
      Event first = events.getEvent();
      if (!(first instanceof DocumentStartEvent)) {
        throw error(0, 0, "the file is empty");
      }
      YamlNode root = node(events.getEvent(), 0);
      if (!(root instanceof YamlNode.Mapping map)) {
        throw error(root.start().line(), 0, "expected a mapping of keys");
      }
      return map;
    }

    private YamlNode node(Event event, int depth) throws BriefsException {
      if (depth > 64) {
        throw error(at(event.getStartMark()).line(), 0, "nested too deeply");
      }
      if (event instanceof AliasEvent) {
        throw error(at(event.getStartMark()).line(), 0, "YAML aliases are not allowed");
      }
      if (event instanceof MappingStartEvent m) {
        return map(m, depth);
      }
      if (event instanceof SequenceStartEvent s) {
        List<YamlNode> items = new ArrayList<>();
        Event e = events.getEvent();
        while (!e.is(Event.ID.SequenceEnd)) {
          items.add(node(e, depth + 1));
          e = events.getEvent();
        }
        boolean flow = ((CollectionStartEvent) s).isFlow();
        At end = flow ? at(e.getEndMark()) : items.isEmpty() ? at(s.getEndMark()) : items.get(items.size() - 1).end();
        return new YamlNode.Sequence(flow, items, at(s.getStartMark()), end);
      }
      ScalarEvent scalar = (ScalarEvent) event;
      return new YamlNode.Scalar(scalar.getValue(), scalar.isPlain(), at(scalar.getStartMark()), at(scalar.getEndMark()));
    }

    private YamlNode map(MappingStartEvent m, int depth) throws BriefsException {
      List<KeyEntry> entries = new ArrayList<>();
      Event e = events.getEvent();
      while (!e.is(Event.ID.MappingEnd)) {
        YamlNode key = node(e, depth + 1);
        YamlNode value = node(events.getEvent(), depth + 1);
        if (key instanceof YamlNode.Scalar k && entries.stream().noneMatch(x -> x.key.equals(k.value()))) {
          entries.add(new KeyEntry(k.value(), k.start(), value));
        }
        e = events.getEvent();
      }
      boolean flow = m.isFlow();
      At end = flow ? at(e.getEndMark())
          : entries.isEmpty() ? at(m.getEndMark()) : entries.get(entries.size() - 1).value().end();
      return new YamlNode.Mapping(flow, entries, at(m.getStartMark()), end, flow ? at(e.getStartMark()) : null);
    }

    /** A SnakeYAML mark (line, column in code points) as a line and an offset into the text. */
    private At at(Mark mark) {
      int line = Math.min(mark.getLine(), lineStarts.length - 1);
      int start = lineStarts[line];
      int offset;
      try {
        offset = text.offsetByCodePoints(start, mark.getColumn());
      } catch (IndexOutOfBoundsException e) {
        offset = text.length();
      }
      if (mark.getLine() >= lineStarts.length) {
        return new At(mark.getLine(), text.length());
      }
      return new At(line, offset);
    }

    private BriefsException error(int line, int column, String message) {
      return new BriefsException(List.of(new Diagnostic(file, line + 1, column + 1, Severity.ERROR, message)));
    }
  }
}

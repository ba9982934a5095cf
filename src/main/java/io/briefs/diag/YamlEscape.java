package io.briefs.diag;

/**
 * What is wrong with a double-quoted YAML string's escape that SnakeYAML cannot read. It checks
 * that an escape's digits are hex, but not that there are any ({@code "\\u} at the end of the file)
 * or that they fit an int ({@code "\\UFFFFFFFF"}): its number parsing throws instead, with the
 * reader just past the escape's letter. Found by the loader's fuzzer; both YAML readers (the
 * loader's and the SEC import's) say it this way.
 */
public final class YamlEscape {
  private static final String DIGITS = "(`\\x` takes 2 hex digits, `\\u` 4 and `\\U` 8, up to `\\U0010FFFF`)";

  private YamlEscape() {}

  /**
   * The message for the escape whose letter is just before {@code position} in {@code text}.
   *
   * @param position the reader's position when SnakeYAML failed, in code points
   */
  public static String problem(String text, int position) {
    int index = position >= text.codePointCount(0, text.length()) ? text.length()
        : text.offsetByCodePoints(0, position);
    int letterAt = Math.max(0, index - 1);
    String escape = "\\" + (letterAt < text.length() ? text.charAt(letterAt) : 'u');
    if (index >= text.length()) {
      return "YAML syntax: the file ends inside the escape `" + escape + "` of a double-quoted string " + DIGITS;
    }
    String hex = text.substring(index, Math.min(text.length(), index + 8));
    return "YAML syntax: the escape `" + escape + hex + "` in a double-quoted string is no character " + DIGITS;
  }
}

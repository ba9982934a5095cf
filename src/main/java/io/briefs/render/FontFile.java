package io.briefs.render;

/**
 * A font bundled in the jar.
 *
 * @param resource the classpath resource name
 * @param family the CSS and AWT family name
 * @param weight CSS weight (400, 700)
 * @param italic whether the face is italic
 * @param fallback whether the face only fills glyphs the main families lack
 */
public record FontFile(String resource, String family, int weight, boolean italic, boolean fallback) {

  /** The file name, used when fonts are copied into the site. */
  public String fileName() {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }
}

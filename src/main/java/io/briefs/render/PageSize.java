package io.briefs.render;

/** The paper a PDF is laid out on, chosen with {@code --page-size}. */
public enum PageSize {
  /** US Letter, 8.5 by 11 inches (the default). */
  LETTER(215.9f, 279.4f),
  /** ISO A4, 210 by 297 mm. */
  A4(210f, 297f);

  private final float widthMm;
  private final float heightMm;

  PageSize(float widthMm, float heightMm) {
    this.widthMm = widthMm;
    this.heightMm = heightMm;
  }

  /** Width in millimetres. */
  public float widthMm() {
    return widthMm;
  }

  /** Height in millimetres. */
  public float heightMm() {
    return heightMm;
  }
}

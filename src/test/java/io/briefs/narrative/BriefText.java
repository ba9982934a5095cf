package io.briefs.narrative;

/** A brief as plain text, for golden files and reviews. */
public final class BriefText {
  private BriefText() {}

  /** Headline, lede, takeaways, each section's blocks, and the key-figures table. */
  public static String of(Brief brief) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(brief.headline().text()).append("\n\n");
    out.append(brief.lede().text()).append("\n");
    if (!brief.takeaways().isEmpty()) {
      out.append("\n");
      brief.takeaways().forEach(t -> out.append("* ").append(t.text()).append("\n"));
    }
    for (Brief.Section s : brief.sections()) {
      out.append("\n## ").append(s.title()).append("\n");
      for (Block b : s.blocks()) {
        if (b instanceof Block.Paragraph p) {
          out.append("\n").append(p.text().text()).append("\n");
        } else if (b instanceof Block.Bullets l) {
          out.append("\n");
          l.items().forEach(i -> out.append("- ").append(i.text()).append("\n"));
        } else if (b instanceof Block.Quotation q) {
          out.append("\n> ").append(q.text().text()).append("\n> (").append(q.attribution()).append(")\n");
        } else if (b instanceof Block.Markup m) {
          out.append("\n").append(m.html().strip()).append("\n");
        }
      }
    }
    Table t = brief.keyFigures();
    out.append("\n## ").append(t.caption()).append("\n\n");
    out.append("| ").append(String.join(" | ", t.columns())).append(" |\n");
    for (Table.Row r : t.rows()) {
      out.append("| ").append(r.label());
      r.cells().forEach(c -> out.append(" | ").append(c.text()));
      out.append(" |\n");
    }
    return out.toString();
  }
}

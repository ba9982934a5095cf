package io.briefs.narrative;

import java.util.List;

/** A table of figures whose cells are prose, so their numbers stay tied to facts. */
public record Table(String caption, List<String> columns, List<Table.Row> rows) {

  /** One row: a label and one cell per column after the first. */
  public record Row(String label, List<Prose> cells) {
    /** Copies the list. */
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** Copies the lists. */
  public Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}

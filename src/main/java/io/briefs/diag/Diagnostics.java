package io.briefs.diag;

import io.briefs.model.SourceLoc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects the problems of a run so they can be reported together, sorted by file and line. */
public final class Diagnostics {
  private final List<Diagnostic> items = new ArrayList<>();

  /** Records an error at a location. */
  public void error(SourceLoc at, String message) {
    add(new Diagnostic(at.file(), at.line(), at.column(), Severity.ERROR, message));
  }

  /** Records a warning at a location. */
  public void warning(SourceLoc at, String message) {
    add(new Diagnostic(at.file(), at.line(), at.column(), Severity.WARNING, message));
  }

  /** Records a note (information that never fails a build) at a location. */
  public void note(SourceLoc at, String message) {
    add(new Diagnostic(at.file(), at.line(), at.column(), Severity.NOTE, message));
  }

  /** Records a diagnostic. */
  public synchronized void add(Diagnostic diagnostic) {
    items.add(diagnostic);
  }

  /** Records all of another collector's diagnostics. */
  public void addAll(Diagnostics other) {
    other.sorted().forEach(this::add);
  }

  /** Whether any error was recorded. */
  public synchronized boolean hasErrors() {
    return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
  }

  /** How many errors were recorded; readers compare counts to know whether a part failed. */
  public synchronized int errorCount() {
    return (int) items.stream().filter(d -> d.severity() == Severity.ERROR).count();
  }

  /** Whether any warning was recorded. */
  public synchronized boolean hasWarnings() {
    return items.stream().anyMatch(d -> d.severity() == Severity.WARNING);
  }

  /** The diagnostics sorted by file, line and column, without duplicates. */
  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items.stream().distinct().toList());
    Collections.sort(copy);
    return List.copyOf(copy);
  }

  /** Whether nothing was recorded. */
  public synchronized boolean isEmpty() {
    return items.isEmpty();
  }
}

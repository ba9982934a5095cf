package io.briefs.load;

import io.briefs.diag.Diagnostics;
import io.briefs.model.Company;
import io.briefs.model.Guidance;
import io.briefs.model.GuidanceEvent;
import io.briefs.model.SourceLink;
import io.briefs.model.Units;
import java.time.LocalDate;
import java.util.List;

/**
 * Maps a parsed guidance event file ({@code 2025-10-15-investor-day.yaml}: guidance given outside
 * a release) to a {@link GuidanceEvent}.
 */
final class EventReader {
  private final Company company;
  private final Diagnostics diagnostics;
  private final Scalars scalars;

  EventReader(Company company, Diagnostics diagnostics) {
    this.company = company;
    this.diagnostics = diagnostics;
    this.scalars = new Scalars(diagnostics);
  }

  /**
   * The event, or null when anything in it is wrong (all reported).
   *
   * @param named the date the file name gives
   */
  GuidanceEvent read(MapNode root, String file, LocalDate named) {
    int before = diagnostics.errorCount();
    MapReader r = MapReader.of(root, "a guidance event file", diagnostics);
    Node companyNode = r.require("company");
    String id = companyNode == null ? null : scalars.text(companyNode, "the company id");
    if (id != null && !id.equals(company.id())) {
      diagnostics.error(companyNode.loc(),
          "company `" + id + "` does not match the folder's company `" + company.id() + "`");
    }
    Node dateNode = r.require("date");
    LocalDate date = dateNode == null ? null : scalars.date(dateNode, "date");
    if (date != null && !date.equals(named)) {
      diagnostics.error(dateNode.loc(), "date " + date + " does not match the file name's date " + named
          + "; rename the file or fix the date");
    }
    Node titleNode = r.require("title");
    String title = titleNode == null ? null : scalars.text(titleNode, "what the event was (Investor Day)");
    Units parsedUnits = Enums.read(scalars, diagnostics, r.require("units"), "units", Units.class);
    QuarterFile quarterFile = QuarterFile.of(company, parsedUnits == null ? Units.UNITS : parsedUnits, diagnostics);
    Node guidanceNode = r.require("guidance");
    List<Guidance> guidance = guidanceNode == null ? List.of() : new GuidanceReader(quarterFile).read(guidanceNode);
    if (guidanceNode != null && guidance.isEmpty() && diagnostics.errorCount() == before) {
      diagnostics.error(guidanceNode.loc(), "a guidance event gives guidance for at least one period");
    }
    Node sourcesNode = r.get("sources");
    List<SourceLink> sources = sourcesNode == null ? List.of()
        : new ExtrasReader(new FiguresReader(quarterFile), diagnostics).sources(sourcesNode);
    r.finish();
    if (diagnostics.errorCount() > before) {
      return null;
    }
    return new GuidanceEvent(company.id(), date, title, guidance, sources, file, dateNode.loc());
  }
}

package io.briefs.render;

import io.briefs.model.CompanyData;
import io.briefs.model.Quarter;
import java.util.List;

/** A rendered brief as listings, feeds and the sitemap see it. */
public record BriefSummary(CompanyData data, Quarter quarter, String title, String headline,
    String description) {

  /** The company's id. */
  public String companyId() {
    return data.company().id();
  }

  /** The briefs of one company. */
  public static List<BriefSummary> of(List<BriefSummary> briefs, CompanyData company) {
    return briefs.stream().filter(b -> b.companyId().equals(company.company().id())).toList();
  }
}

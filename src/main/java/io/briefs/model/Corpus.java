package io.briefs.model;

import java.util.List;

/** Every company of a data folder, ordered by id. */
public record Corpus(List<CompanyData> companies) {

  /** Copies the list. */
  public Corpus {
    companies = List.copyOf(companies);
  }
}

package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;

/** One family of checks over a company's loaded data; stateless, so one instance serves all. */
interface Rule {

  /** Reports every violation found in {@code data}. */
  void check(CompanyData data, Diagnostics out);
}

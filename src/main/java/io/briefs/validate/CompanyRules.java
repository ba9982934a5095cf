package io.briefs.validate;

import io.briefs.diag.Diagnostics;
import io.briefs.model.CompanyData;
import io.briefs.site.SitePaths;

/**
 * A company id that names one of the site's own folders (assets, mail, methodology) would mix
 * its pages with them: the build refuses it, so validation does too, with the same words.
 */
final class CompanyRules implements Rule {

  @Override
  public void check(CompanyData data, Diagnostics out) {
    String id = data.company().id();
    if (SitePaths.RESERVED.contains(id)) {
      String reserved = String.join(", ", SitePaths.RESERVED.stream().sorted().toList());
      out.error(data.company().loc(), "the company id `" + id + "` names a folder of the site itself (" + reserved
          + "); choose another id");
    }
  }
}

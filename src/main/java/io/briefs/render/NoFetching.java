package io.briefs.render;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;

/**
 * The PDF renderer's policy for resources a template or a dataset points at: nothing is fetched
 * from the network and no file is read. Everything a brief needs is already inside its HTML
 * (styles inline, charts drawn, fonts bundled); {@code data:} URIs are inline and allowed. Each
 * refusal is reported, so the build output says what was not loaded and why.
 */
final class NoFetching implements BiPredicate<String, ExternalResourceType> {
  private final List<String> problems;

  NoFetching(List<String> problems) {
    this.problems = problems;
  }

  @Override
  public boolean test(String uri, ExternalResourceType type) {
    if (uri != null && uri.strip().toLowerCase(Locale.ROOT).startsWith("data:")) {
      return true;
    }
    String kind = type == null ? "resource" : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    synchronized (problems) {
      problems.add("refused to load " + kind + " `" + abbreviate(uri) + "`: briefs never fetches from the network"
          + " or reads files for a PDF; put styles in the template and images in data: URIs");
    }
    return false;
  }

  private static String abbreviate(String uri) {
    if (uri == null) {
      return "";
    }
    return uri.length() > 120 ? uri.substring(0, 117) + "..." : uri;
  }
}

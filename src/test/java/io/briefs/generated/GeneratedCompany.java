package io.briefs.generated;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;

/**
 * A generated company as files: {@code company.yaml} and its quarter files, by name. Its text is
 * the files themselves, so a failing property reports the dataset, ready to save as a fixture.
 */
record GeneratedCompany(String id, Map<String, String> files) {

  /** Companies with 1 to {@code maxQuarters} quarter files, valid by the format. */
  static Arbitrary<GeneratedCompany> arbitrary(int maxQuarters) {
    return CompanyPlans.companies(maxQuarters).map(GeneratedCompany::of);
  }

  static GeneratedCompany of(Plan.Company plan) {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("company.yaml", DatasetYaml.company(plan));
    for (Written.Quarter q : Materials.of(plan)) {
      files.put(q.fileName(), DatasetYaml.quarter(plan.identity().id(), q));
    }
    return new GeneratedCompany(plan.identity().id(), files);
  }

  /** Writes the company's folder into {@code dataDir}; returns the folder. */
  Path writeTo(Path dataDir) {
    try {
      Path dir = dataDir.resolve(id);
      Files.createDirectories(dir);
      for (Map.Entry<String, String> f : files.entrySet()) {
        Files.writeString(dir.resolve(f.getKey()), f.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The number of quarter files. */
  int quarters() {
    return files.size() - 1;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("company ").append(id).append(" (").append(quarters())
        .append(" quarters)\n");
    files.forEach((name, text) -> sb.append("==> ").append(id).append('/').append(name).append(" <==\n")
        .append(text));
    return sb.toString();
  }
}

package io.briefs.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Generated companies in every form the dataset format allows (issue 17): whatever
 * {@code validate} accepts, {@code build} builds, and no brief shows made-up or malformed numbers
 * or a number missing from its ledger. Fixed seeds here; {@link LongRun} runs a longer random
 * stretch. Prints how many companies were generated.
 */
@AddLifecycleHook(LongRun.class)
class GeneratedCompaniesProperties {
  private static final AtomicInteger VALIDATED = new AtomicInteger();
  private static final AtomicInteger BUILT = new AtomicInteger();
  private static final AtomicInteger BRIEFS = new AtomicInteger();
  private static final AtomicInteger CLI_BUILT = new AtomicInteger();

  @Provide
  Arbitrary<GeneratedCompany> companies() {
    return GeneratedCompany.arbitrary(8);
  }

  @Provide
  Arbitrary<GeneratedCompany> smallCompanies() {
    return GeneratedCompany.arbitrary(3);
  }

  @Property(tries = 200, seed = "20250117")
  @LongRun.Budget(value = 0.1, round = 25)
  void everyGeneratedCompanyValidates(@ForAll("companies") GeneratedCompany company) {
    try (Scratch s = new Scratch()) {
      Run run = Run.of("validate", "--data", Scratch.data(s, company).toString());
      assertThat(run.err()).as("validate").doesNotContain(": error:");
      assertThat(run.code()).isZero();
      assertThat(run.out()).contains("ok: 1 company, " + company.quarters() + " quarter");
    }
    VALIDATED.incrementAndGet();
  }

  @Property(tries = 200, seed = "20250117")
  @LongRun.Budget(value = 0.55, round = 10)
  void whatValidatesBuildsEveryBriefInProcess(@ForAll("companies") GeneratedCompany company) {
    try (Scratch s = new Scratch()) {
      List<String> problems = BriefCheck.problems(Scratch.data(s, company));
      assertThat(problems).as("problems of the generated company's briefs").isEmpty();
    }
    BUILT.incrementAndGet();
    BRIEFS.addAndGet(company.quarters());
  }

  @Property(tries = 12, seed = "20250117")
  @LongRun.Budget(value = 0.2, round = 3)
  void whatValidatesBuildsWithTheCommandLinePdfsIncluded(@ForAll("smallCompanies") GeneratedCompany company) {
    try (Scratch s = new Scratch()) {
      Path site = s.root().resolve("site");
      Run run = Run.of("build", "--data", Scratch.data(s, company).toString(), "--templates", "templates",
          "--out", site.toString(), "--quiet", "--jobs", "2");
      assertThat(run.err()).as("build").doesNotContain(": error:");
      assertThat(run.code()).isZero();
      for (String file : company.files().keySet()) {
        if (!file.equals("company.yaml")) {
          String slug = file.replace(".yaml", "");
          assertThat(site.resolve(company.id()).resolve(slug).resolve(company.id() + "-" + slug + ".pdf"))
              .satisfies(p -> assertThat(Files.size(p)).isPositive());
        }
      }
    }
    CLI_BUILT.incrementAndGet();
  }

  @AfterContainer
  static void summary() {
    System.out.println("generated companies: " + VALIDATED.get() + " validated, " + BUILT.get()
        + " built in-process (" + BRIEFS.get() + " briefs), " + CLI_BUILT.get()
        + " built by the command line with PDFs");
  }
}

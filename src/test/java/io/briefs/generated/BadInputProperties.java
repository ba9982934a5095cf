package io.briefs.generated;

import static org.assertj.core.api.Assertions.assertThat;

import io.briefs.cli.Run;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * Generated companies with one change the format may not allow ({@link Mutation}): {@code
 * validate} answers with located diagnostics, never an exception; a change that breaks a rule is
 * an error; and whatever still validates, builds.
 */
@net.jqwik.api.lifecycle.AddLifecycleHook(LongRun.class)
class BadInputProperties {
  private static final AtomicInteger REFUSED = new AtomicInteger();
  private static final AtomicInteger ACCEPTED = new AtomicInteger();

  @Property(tries = 100, seed = "20250117")
  @LongRun.Budget(value = 0.15, round = 10)
  void badInputGetsALocatedDiagnosticNeverAnException(@ForAll("companies") GeneratedCompany company,
      @ForAll("mutations") Mutation mutation) {
    GeneratedCompany mutated = mutation.apply(company);
    try (Scratch s = new Scratch()) {
      Path data = Scratch.data(s, mutated);
      Run run = Run.of("validate", "--data", data.toString());
      List<String> lines = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank())
          .filter(l -> !l.startsWith("briefs: ") || l.contains("internal error")).toList();
      assertThat(lines).as("every diagnostic names a file, line and column")
          .allMatch(l -> l.matches(".+:\\d+:\\d+: (error|warning|note): .+"));
      assertThat(run.code()).as(run.err()).isIn(0, 1);
      if (mutation.certainlyInvalid()) {
        assertThat(run.code()).as("a change no dataset may hold is refused").isEqualTo(1);
      }
      if (run.code() == 0) {
        assertThat(BriefCheck.problems(data)).as("what still validates builds").isEmpty();
        ACCEPTED.incrementAndGet();
      } else {
        REFUSED.incrementAndGet();
      }
    }
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<GeneratedCompany> companies() {
    return GeneratedCompany.arbitrary(4);
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Mutation> mutations() {
    return Mutation.arbitrary();
  }

  @AfterContainer
  static void summary() {
    System.out.println("generated companies with bad input: " + REFUSED.get() + " refused with located"
        + " diagnostics, " + ACCEPTED.get() + " still valid and built");
  }
}

package io.briefs.generated;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The longer stretch {@code .ci/run} runs: with {@code BRIEFS_GENERATED=long} (or
 * {@code -Dbriefs.generated=long}) each property with a {@link Budget} runs again and again, in
 * rounds of a few tries with a new random seed each, until its share of the time budget is spent
 * ({@code -Dbriefs.generated.seconds}, 60 by default). A failing round stops it and reports its
 * seed, which {@code -Dbriefs.generated.seed} replays. The rounds' seeds come one after another
 * from {@code -Dbriefs.generated.seeds-from} (any text; {@code .ci/run} gives the commit), so a
 * commit's long run tries the same companies on any machine, a slower one fewer of them; without
 * it they are random. In {@code mvn verify} the properties keep their fixed seeds and tries.
 */
final class LongRun implements AroundPropertyHook {
  static boolean on() {
    String p = System.getProperty("briefs.generated", System.getenv("BRIEFS_GENERATED"));
    return p != null && p.toLowerCase(Locale.ROOT).equals("long");
  }

  /** Registered on a class, the hook reaches its properties. */
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.DIRECT_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
    Budget budget = context.findAnnotation(Budget.class).orElse(null);
    if (!on() || budget == null) {
      return property.execute();
    }
    long seconds = Long.getLong("briefs.generated.seconds", 60);
    long deadline = System.nanoTime() + (long) (seconds * budget.value() * 1e9);
    String replay = System.getProperty("briefs.generated.seed");
    String from = System.getProperty("briefs.generated.seeds-from");
    SplittableRandom seeds = new SplittableRandom(from == null || from.isBlank()
        ? ThreadLocalRandom.current().nextLong()
        : UUID.nameUUIDFromBytes((context.label() + "@" + from).getBytes(StandardCharsets.UTF_8))
            .getMostSignificantBits());
    PropertyExecutionResult result;
    int rounds = 0;
    do {
      String seed = replay != null ? replay : Long.toString(seeds.nextLong());
      context.attributes().setSeed(seed);
      context.attributes().setTries(budget.round());
      result = property.execute();
      rounds++;
    } while (replay == null && result.status() == PropertyExecutionResult.Status.SUCCESSFUL
        && System.nanoTime() < deadline);
    System.out.println("generated companies, long run of " + context.label() + ": " + rounds + " rounds of "
        + budget.round() + " tries, last seed " + context.attributes().seed().orElse("?") + ", " + result.status());
    return result;
  }

  /**
   * A property's share of the long run's time budget, and its tries a round (few for slow
   * properties: the last round may run past the budget).
   */
  @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
  @java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
  @interface Budget {
    double value();

    int round();
  }
}

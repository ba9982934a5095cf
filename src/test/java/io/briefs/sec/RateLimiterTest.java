package io.briefs.sec;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** At most ten requests in any second, on a fake clock. */
class RateLimiterTest {
  @Test
  void noSecondHoldsMoreThanTenRequests() throws Exception {
    long[] now = {0};
    List<Long> times = new ArrayList<>();
    RateLimiter limiter = new RateLimiter(10, Duration.ofSeconds(1), () -> now[0], nanos -> now[0] += nanos);
    for (int i = 0; i < 35; i++) {
      limiter.acquire();
      times.add(now[0]);
      now[0] += 1_000_000; // a millisecond per request
    }
    for (int i = 10; i < times.size(); i++) {
      assertThat(times.get(i) - times.get(i - 10)).as("request " + i).isGreaterThanOrEqualTo(1_000_000_000L);
    }
    // and it waited no more than it had to: 35 requests in a little over three seconds
    assertThat(times.get(34)).isLessThan(3_100_000_000L);
  }

  @Test
  void slowRequestsNeverWait() throws Exception {
    long[] now = {0};
    List<Long> waits = new ArrayList<>();
    RateLimiter limiter = new RateLimiter(10, Duration.ofSeconds(1), () -> now[0], waits::add);
    for (int i = 0; i < 20; i++) {
      limiter.acquire();
      now[0] += 200_000_000; // five a second
    }
    assertThat(waits).isEmpty();
  }
}

package dev.svod.access;

import dev.svod.testsupport.HandClock;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class SignInThrottleTest {

    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final HandClock clock = new HandClock();
    private final SignInThrottle throttle = new SignInThrottle(new SignInLimits(3, 5, WINDOW), clock);

    @Test
    void wait_belowTheNameLimit_letsTry() {
        throttle.failed("ivanova", "10.0.0.1");
        throttle.failed("ivanova", "10.0.0.2");

        assertThat(throttle.wait("ivanova", "10.0.0.3")).isEmpty();
    }

    @Test
    void wait_nameLimitReachedFromAnyAddresses_refusesUntilTheOldestFailureLeavesTheWindow() {
        throttle.failed("ivanova", "10.0.0.1");
        clock.advance(Duration.ofSeconds(60));
        throttle.failed("Ivanova", "10.0.0.2");
        throttle.failed("ivanova", "10.0.0.3");

        assertThat(throttle.wait("ivanova", "10.0.0.4")).contains(WINDOW.minusSeconds(60));
        assertThat(throttle.wait("petrov", "10.0.0.4")).as("another name from another place").isEmpty();
        clock.advance(WINDOW.minusSeconds(60));
        assertThat(throttle.wait("ivanova", "10.0.0.4")).as("the first failure has left the window").isEmpty();
    }

    @Test
    void wait_addressLimitReachedWithManyNames_refusesEveryNameFromIt() {
        for (int i = 0; i < 5; i++) {
            throttle.failed("name" + i, "10.0.0.9");
        }

        assertThat(throttle.wait("someone-else", "10.0.0.9")).contains(WINDOW);
        assertThat(throttle.wait("someone-else", "10.0.0.8")).isEmpty();
    }

    @Test
    void succeeded_clearsTheNameButNotTheAddress() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("ivanova", "10.0.0.1");
        }
        throttle.failed("petrov", "10.0.0.1");
        throttle.failed("sidorov", "10.0.0.1");

        throttle.succeeded("ivanova");

        assertThat(throttle.wait("ivanova", "10.0.0.2")).isEmpty();
        assertThat(throttle.wait("ivanova", "10.0.0.1")).as("five failures from this address remain").isPresent();
    }
}

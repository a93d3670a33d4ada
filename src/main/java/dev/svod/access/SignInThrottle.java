package dev.svod.access;

import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Counts failed sign-ins per user name and per client address in a sliding window ({@link SignInLimits}). Kept in
 * memory: each app instance counts its own callers, so behind a balancer of n instances an attacker gets at most
 * n times the allowance, still a few guesses a minute instead of thousands.
 */
@Singleton
public class SignInThrottle {

    /** Past this many remembered keys, stale ones are dropped: a flood of invented names must not fill the heap. */
    private static final int PRUNE_ABOVE = 10_000;

    private final SignInLimits limits;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new HashMap<>();

    public SignInThrottle(SignInLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /** How long this caller must wait before trying again, or empty if it may try now. */
    public synchronized Optional<Duration> wait(String username, String address) {
        Instant now = clock.instant();
        Duration wait = max(waitFor(userKey(username), limits.failuresPerUser(), now),
                waitFor(addressKey(address), limits.failuresPerAddress(), now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    public synchronized void failed(String username, String address) {
        Instant now = clock.instant();
        if (failures.size() > PRUNE_ABOVE) {
            failures.values().forEach(times -> expire(times, now));
            failures.values().removeIf(Deque::isEmpty);
        }
        failures.computeIfAbsent(userKey(username), k -> new ArrayDeque<>()).addLast(now);
        failures.computeIfAbsent(addressKey(address), k -> new ArrayDeque<>()).addLast(now);
    }

    /** The right password clears the name's failures; the address keeps its own, or one account would reset it. */
    public synchronized void succeeded(String username) {
        failures.remove(userKey(username));
    }

    private Duration waitFor(String key, int allowed, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        expire(times, now);
        if (times.size() < allowed) {
            return Duration.ZERO;
        }
        // free again once enough failures have left the window to allow one more attempt
        Instant freed = times.stream().skip(times.size() - allowed).findFirst().orElseThrow().plus(limits.window());
        return Duration.between(now, freed);
    }

    private void expire(Deque<Instant> times, Instant now) {
        Instant horizon = now.minus(limits.window());
        while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
            times.removeFirst();
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String userKey(String username) {
        return "user:" + username.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}

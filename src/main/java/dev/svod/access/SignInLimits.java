package dev.svod.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How many failed sign-ins are allowed within a sliding window before further attempts are answered 429.
 *
 * @param failuresPerUser    per user name: slows guessing one account's password from anywhere
 * @param failuresPerAddress per client address: slows trying many names from one place; higher, since an
 *                           office or a school shares one address
 * @param window             how far back failures count; the refusal lasts until the oldest one leaves it
 */
@ConfigurationProperties("svod.security.sign-in")
public record SignInLimits(@Bindable(defaultValue = "5") int failuresPerUser,
                           @Bindable(defaultValue = "20") int failuresPerAddress,
                           @Bindable(defaultValue = "15m") Duration window) {
}

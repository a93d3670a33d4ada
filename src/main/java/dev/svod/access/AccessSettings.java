package dev.svod.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * @param anonymousReads   whether searching and reading protocols needs no account (writes always do); off
 *                         unless configured
 * @param sessionHours     how long a browser session lasts after signing in
 * @param tokenDays        how long an API token lives at most (its creator may ask for less)
 * @param passwordCost     bcrypt cost factor (2^cost rounds); tests lower it, nothing else should
 * @param firstAdminUser   the admin created at first start when there is no user yet
 * @param firstAdminPassword  their password; never defaulted
 */
@ConfigurationProperties("svod.security")
public record AccessSettings(@Bindable(defaultValue = "false") boolean anonymousReads,
                             @Bindable(defaultValue = "12") int sessionHours,
                             @Bindable(defaultValue = "90") int tokenDays,
                             @Bindable(defaultValue = "12") int passwordCost,
                             @Nullable String firstAdminUser,
                             @Nullable String firstAdminPassword) {
}

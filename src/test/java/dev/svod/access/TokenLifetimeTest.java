package dev.svod.access;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenLifetimeTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private final TokenLifetime lifetime = new TokenLifetime(90);

    @Test
    void expiresAt_noDaysAsked_endsAfterTheSetting() {
        assertThat(lifetime.expiresAt(NOW, null)).isEqualTo(NOW.plus(Duration.ofDays(90)));
    }

    @Test
    void expiresAt_fewerDaysAsked_endsThen() {
        assertThat(lifetime.expiresAt(NOW, 7)).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void expiresAt_moreDaysThanTheSettingOrNone_isRefusedWithTheLimitNamed() {
        assertThatThrownBy(() -> lifetime.expiresAt(NOW, 91)).isInstanceOf(AccessException.class)
                .hasMessageContaining("от 1 до 90 дней")
                .satisfies(e -> assertThat(((AccessException) e).status()).isEqualTo(400));
        assertThatThrownBy(() -> lifetime.expiresAt(NOW, 0)).isInstanceOf(AccessException.class);
    }

    @Test
    void withEnd_apiTokenStoredWithoutAnEnd_endsTheSettingAfterItsCreation() {
        AccessToken legacy = token(AccessToken.Kind.API, null);

        assertThat(lifetime.withEnd(legacy).expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(90)));
        assertThat(lifetime.withEnd(legacy).validAt(NOW.plus(Duration.ofDays(91)))).isFalse();
    }

    @Test
    void withEnd_tokenWithAnEnd_keepsIt() {
        AccessToken token = token(AccessToken.Kind.API, NOW.plusSeconds(60));

        assertThat(lifetime.withEnd(token)).isSameAs(token);
        assertThat(token.validAt(NOW)).isTrue();
        assertThat(token.validAt(NOW.plusSeconds(60))).isFalse();
    }

    @Test
    void constructor_settingBelowOneDay_isAConfigurationError() {
        assertThatThrownBy(() -> new TokenLifetime(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("token-days");
    }

    private static AccessToken token(AccessToken.Kind kind, Instant expiresAt) {
        return new AccessToken("id", "hash", "user", "t", kind, NOW, expiresAt, null);
    }
}

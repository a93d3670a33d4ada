package dev.svod.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(new AccessSettings(true, 12, 90, 12, null, null));

    @Test
    void hash_isBcryptAtTheConfiguredCost_withItsOwnSalt() {
        String first = hasher.hash("correct horse battery");
        String second = hasher.hash("correct horse battery");

        assertThat(first).startsWith("$2a$12$").hasSize(60).doesNotContain("correct");
        assertThat(second).isNotEqualTo(first);
    }

    @Test
    void matches_rightPassword_only() {
        String hash = hasher.hash("correct horse battery");

        assertThat(hasher.matches("correct horse battery", hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void hash_shortOrOverlongPassword_isRefusedWithAReason() {
        assertThatThrownBy(() -> hasher.hash("short"))
                .isInstanceOf(AccessException.class).hasMessageContaining("не меньше 10");
        // bcrypt would silently ignore everything after 72 bytes: 40 Cyrillic letters are 80
        assertThatThrownBy(() -> hasher.hash("я".repeat(40)))
                .isInstanceOf(AccessException.class).hasMessageContaining("72");
    }

    @Test
    void role_impliesTheRolesBelowIt() {
        assertThat(Role.ADMIN.granted()).containsExactlyInAnyOrder("admin", "archivist", "reader");
        assertThat(Role.ARCHIVIST.granted()).containsExactlyInAnyOrder("archivist", "reader");
        assertThat(Role.READER.granted()).containsExactly("reader");
    }
}

package dev.svod.access;

import dev.svod.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The first admin comes from SVOD_ADMIN_USER/SVOD_ADMIN_PASSWORD at first start, and only then. */
@MicronautTest
class FirstAdminIT extends IntegrationTest {

    private static final String PASSWORD = "first-admin-password";

    @Inject
    UserRepository users;

    @Inject
    FirstAdmin firstAdmin;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("svod.security.first-admin-user", "chief");
        properties.put("svod.security.first-admin-password", PASSWORD);
        return properties;
    }

    @Test
    void start_withAdminInEnvironmentAndNoUsers_createsThatAdmin_passwordOnlyHashed() {
        User chief = users.find("chief").orElseThrow();

        assertThat(chief.role()).isEqualTo(Role.ADMIN);
        assertThat(chief.passwordHash()).startsWith("$2a$").doesNotContain(PASSWORD);
        assertThat(anonymous().post("/api/session", Map.of("username", "chief", "password", PASSWORD)).body())
                .containsEntry("authenticated", true).containsEntry("role", "admin");
    }

    @Test
    void start_again_withUsersPresent_neverTouchesThem() {
        users.replace(users.find("chief").orElseThrow().withRole(Role.READER));

        boolean created = firstAdmin.createIfNone();

        assertThat(created).isFalse();
        assertThat(users.find("chief").orElseThrow().role()).isEqualTo(Role.READER);
        users.replace(users.find("chief").orElseThrow().withRole(Role.ADMIN));
    }
}

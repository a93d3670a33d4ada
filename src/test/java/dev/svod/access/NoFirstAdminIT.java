package dev.svod.access;

import dev.svod.testsupport.IntegrationTest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Without SVOD_ADMIN_USER/SVOD_ADMIN_PASSWORD there is no admin and no default password: nobody can write. */
@MicronautTest
class NoFirstAdminIT extends IntegrationTest {

    @Inject
    UserRepository users;

    @Test
    void start_withoutAdminInEnvironment_createsNoUser_andNoDefaultSignInWorks() {
        assertThat(users.none()).isTrue();
        for (String name : new String[]{"admin", "svod", "root"}) {
            for (String password : new String[]{"admin", "password", "svod", "changeme"}) {
                assertThat(anonymous().post("/api/session", Map.of("username", name, "password", password)).status())
                        .isEqualTo(401);
            }
        }
        assertThat(anonymous().upload("a.txt", "ПРОТОКОЛ\n1. Утвердить.".getBytes(), Map.of()).status()).isEqualTo(401);
    }
}

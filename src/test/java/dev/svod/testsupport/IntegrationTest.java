package dev.svod.testsupport;

import dev.svod.access.AccessToken;
import dev.svod.access.Role;
import dev.svod.access.TokenService;
import dev.svod.access.UserService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Base of the integration tests: real servers from {@link TestServers}, and a MongoDB database and
 * Elasticsearch aliases of this test class's own, so classes never see each other's data.
 * {@link #as(Role)} and {@link #anonymous()} call the API as a user of a role, with a real user and API token.
 */
@ExtendWith(TestServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    @Inject
    protected ApplicationContext applicationContext;

    private final Map<Role, SvodApi> apis = new EnumMap<>(Role.class);
    private HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        TestServers.Servers servers = TestServers.get();
        String name = getClass().getSimpleName().toLowerCase(Locale.ROOT);
        return Map.of(
                "mongodb.uri", servers.mongoUri() + "/svod_" + name,
                "svod.elasticsearch.url", servers.elasticsearchUrl(),
                "svod.elasticsearch.decisions-alias", "test-" + name + "-decisions",
                "svod.elasticsearch.protocols-alias", "test-" + name + "-protocols",
                // bcrypt at its lowest cost: tests create users by the dozen; PasswordHasherTest checks the real cost
                "svod.security.password-cost", "4",
                // the tests read as the public does where a deployment opens reads; AccessTableClosedIT takes the default
                "svod.security.anonymous-reads", "true",
                "micronaut.server.port", "-1");
    }

    /** The API as a user of this role, created on first use (user {@code test-<role>}) with an API token. */
    protected synchronized SvodApi as(Role role) {
        return apis.computeIfAbsent(role, r -> anonymous().withToken(tokenFor(r)));
    }

    /** A fresh user of this role and an API token of theirs. */
    protected String tokenFor(Role role) {
        String username = "test-" + role.id() + "-" + UUID.randomUUID().toString().substring(0, 8);
        applicationContext.getBean(UserService.class).create(username, "password-" + UUID.randomUUID(), role, null);
        return applicationContext.getBean(TokenService.class).issue(username, "test", AccessToken.Kind.API).secret();
    }

    /** The API without credentials. */
    protected synchronized SvodApi anonymous() {
        if (client == null) {
            client = applicationContext.createBean(HttpClient.class, applicationContext.getBean(EmbeddedServer.class).getURL());
        }
        return new SvodApi(client);
    }
}

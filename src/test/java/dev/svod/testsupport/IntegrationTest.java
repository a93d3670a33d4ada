package dev.svod.testsupport;

import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Locale;
import java.util.Map;

/**
 * Base of the integration tests: real servers from {@link TestServers}, and a MongoDB database and
 * Elasticsearch aliases of this test class's own, so classes never see each other's data.
 */
@ExtendWith(TestServers.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class IntegrationTest implements TestPropertyProvider {

    @Override
    public Map<String, String> getProperties() {
        TestServers.Servers servers = TestServers.get();
        String name = getClass().getSimpleName().toLowerCase(Locale.ROOT);
        return Map.of(
                "mongodb.uri", servers.mongoUri() + "/svod_" + name,
                "svod.elasticsearch.url", servers.elasticsearchUrl(),
                "svod.elasticsearch.decisions-alias", "test-" + name + "-decisions",
                "svod.elasticsearch.protocols-alias", "test-" + name + "-protocols",
                "micronaut.server.port", "-1");
    }
}

package dev.svod.bench;

import dev.svod.access.AccessToken;
import dev.svod.access.Role;
import dev.svod.access.TokenService;
import dev.svod.access.UserService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The app, started in a benchmark's JVM on a free port against the running servers, with Elasticsearch aliases
 * named by the benchmark's prefix so its data never mixes with the demo's; the retrying indexer is off.
 */
final class BenchApp {

    private BenchApp() {
    }

    static ApplicationContext start(String elasticsearchUrl, String prefix, String refresh, Map<String, Object> more) {
        Map<String, Object> properties = new HashMap<>(more);
        properties.put("micronaut.server.port", "-1");
        properties.put("svod.elasticsearch.url", elasticsearchUrl);
        properties.put("svod.elasticsearch.decisions-alias", prefix + "-decisions");
        properties.put("svod.elasticsearch.protocols-alias", prefix + "-protocols");
        properties.put("svod.elasticsearch.refresh", refresh);
        properties.put("svod.indexing.retry", "false");
        // the benchmark reads as the public does where a deployment opens reads
        properties.put("svod.security.anonymous-reads", "true");
        return ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
    }

    /**
     * An archivist's API token in the benchmark's own database, for the uploads it times. The user is made
     * directly, as an admin would; the benchmark's database is dropped afterwards.
     */
    static String archivistToken(ApplicationContext app) {
        String username = "bench-" + UUID.randomUUID().toString().substring(0, 8);
        app.getBean(UserService.class).create(username, UUID.randomUUID().toString(), Role.ARCHIVIST, null);
        return app.getBean(TokenService.class).issue(username, "bench", AccessToken.Kind.API).secret();
    }
}

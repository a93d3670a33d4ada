package dev.svod.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;

import java.util.HashMap;
import java.util.Map;

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
        return ApplicationContext.run(EmbeddedServer.class, properties).getApplicationContext();
    }
}

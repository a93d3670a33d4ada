package dev.svod.testsupport;

import org.junit.jupiter.api.AfterAll;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * An integration test whose app reaches Elasticsearch through a loopback proxy it can cut and restore, with the
 * retrying indexer running every second: for what happens while Elasticsearch is away.
 */
public abstract class ElasticsearchProxyTest extends IntegrationTest {

    /** One per test class: the class lifecycle makes one instance, which gives the app its properties. */
    protected final TcpProxy elasticsearch = TcpProxy.toElasticsearch();

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("svod.elasticsearch.url", elasticsearch.url());
        properties.put("svod.indexing.retry-every", "1s");
        return properties;
    }

    @AfterAll
    void closeProxy() throws IOException {
        elasticsearch.close();
    }
}

package dev.svod.index;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Where Elasticsearch is and which aliases Svod reads and writes.
 *
 * @param refresh the bulk refresh policy: "wait_for" makes a write searchable before it is answered
 */
@ConfigurationProperties("svod.elasticsearch")
public record ElasticsearchSettings(String url, String decisionsAlias, String protocolsAlias, String refresh) {

    public Refresh refreshPolicy() {
        return switch (refresh) {
            case "true" -> Refresh.True;
            case "false" -> Refresh.False;
            default -> Refresh.WaitFor;
        };
    }
}

package dev.svod.index;

import co.elastic.clients.elasticsearch._types.Refresh;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Where Elasticsearch is and which aliases Svod reads and writes.
 *
 * @param refresh  the bulk refresh policy: "wait_for" makes a write searchable before it is answered
 * @param analysis the settings file of `index-mappings/` new indices are created with; only the relevance
 *                 benchmark's baseline uses another
 */
@ConfigurationProperties("svod.elasticsearch")
public record ElasticsearchSettings(String url, String decisionsAlias, String protocolsAlias, String refresh,
                                    @Bindable(defaultValue = "analysis.json") String analysis) {

    public Refresh refreshPolicy() {
        return switch (refresh) {
            case "true" -> Refresh.True;
            case "false" -> Refresh.False;
            default -> Refresh.WaitFor;
        };
    }
}

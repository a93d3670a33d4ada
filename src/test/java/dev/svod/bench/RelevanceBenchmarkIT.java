package dev.svod.bench;

import dev.svod.testsupport.TestServers;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance benchmark on the real corpus against a real Elasticsearch: Svod's ranked search keeps finding
 * what the judges marked relevant, well above the standard analyzer and the old all-words query.
 */
class RelevanceBenchmarkIT {

    @Test
    void relevance_developmentQueries_svodAboveItsFloorsAndTheBaselines() throws Exception {
        RelevanceBenchmark bench = new RelevanceBenchmark();
        bench.corpus = Path.of("src/test/resources/real");
        bench.queriesFile = Path.of("src/test/resources/real/relevance/queries.tsv");
        bench.judgmentsFile = Path.of("src/test/resources/real/relevance/judgments.tsv");
        bench.elasticsearchUrl = TestServers.get().elasticsearchUrl();
        bench.explain = List.of();

        assertThat(bench.call()).isZero();

        RelevanceBenchmark.Figures svod = figures(bench, "svod");
        RelevanceBenchmark.Figures standard = figures(bench, "standard-or");
        RelevanceBenchmark.Figures allWords = figures(bench, "svod-and");
        assertThat(svod.queries()).isGreaterThanOrEqualTo(50);
        assertThat(svod.recall()).isGreaterThanOrEqualTo(0.88);
        assertThat(svod.ndcg()).isGreaterThanOrEqualTo(0.80);
        assertThat(svod.ndcg() - standard.ndcg()).isGreaterThanOrEqualTo(0.15);
        assertThat(svod.recall()).isGreaterThan(allWords.recall());
    }

    private static RelevanceBenchmark.Figures figures(RelevanceBenchmark bench, String system) {
        return bench.figures().stream().filter(f -> f.system().equals(system) && f.set().equals("dev")).findFirst().orElseThrow();
    }
}

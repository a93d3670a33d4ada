package dev.svod.bench;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class RankingMetricsTest {

    @Test
    void recall_countsRelevantInTopK_cappedByK() {
        List<String> ranked = List.of("a", "x", "b", "y");

        assertThat(RankingMetrics.recallAt(10, ranked, Set.of("a", "b", "c", "d"))).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(2, ranked, Set.of("a", "b", "c"))).isEqualTo(0.5);
        assertThat(RankingMetrics.recallAt(10, ranked, Set.of())).isEqualTo(1.0);
    }

    @Test
    void ndcg_isOneForIdealOrder_lowerWhenRelevantComesLater() {
        Set<String> relevant = Set.of("a", "b");

        assertThat(RankingMetrics.ndcgAt(10, List.of("a", "b", "x"), relevant)).isEqualTo(1.0);
        double late = RankingMetrics.ndcgAt(10, List.of("x", "a", "b"), relevant);
        // (1/log2(3) + 1/log2(4)) / (1 + 1/log2(3))
        assertThat(late).isCloseTo((0.6309 + 0.5) / 1.6309, within(1e-3));
        assertThat(RankingMetrics.ndcgAt(10, List.of("x", "y"), relevant)).isZero();
    }

    @Test
    void precisionAt_countsEmptyPlacesAsMisses() {
        assertThat(RankingMetrics.precisionAt(10, List.of("a", "x", "b"), Set.of("a", "b", "c"))).isEqualTo(0.2);
        assertThat(RankingMetrics.precisionAt(2, List.of("a", "b", "c"), Set.of("a", "b"))).isEqualTo(1.0);
    }
}

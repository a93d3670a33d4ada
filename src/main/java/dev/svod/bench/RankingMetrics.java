package dev.svod.bench;

import java.util.List;
import java.util.Set;

/** Binary-relevance ranking metrics over the top k results. */
final class RankingMetrics {

    private RankingMetrics() {
    }

    /** Share of the relevant documents found in the top k; 1 when there are none to find. */
    static double recallAt(int k, List<String> ranked, Set<String> relevant) {
        if (relevant.isEmpty()) {
            return 1.0;
        }
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / Math.min(k, relevant.size());
    }

    /** Share of the top k places holding a relevant document; an answer shorter than k counts its empty places. */
    static double precisionAt(int k, List<String> ranked, Set<String> relevant) {
        long found = ranked.stream().limit(k).filter(relevant::contains).count();
        return (double) found / k;
    }

    /** Normalised discounted cumulative gain: 1 when every one of the top k places holds a relevant document it can. */
    static double ndcgAt(int k, List<String> ranked, Set<String> relevant) {
        if (relevant.isEmpty()) {
            return 1.0;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranked.size()); i++) {
            if (relevant.contains(ranked.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

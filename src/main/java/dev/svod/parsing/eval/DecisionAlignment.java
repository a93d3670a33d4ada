package dev.svod.parsing.eval;

import dev.svod.protocol.Decision;
import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;

/**
 * Lines up annotated decisions with parsed ones in document order: the longest common subsequence under a
 * "same decision" test (both gold formats use number and text prefix). Order matters because numbers repeat
 * (blocks restarting at 1), so a gold decision may only pair with a parsed one after the previous pair.
 */
final class DecisionAlignment {

    /** One step of the alignment: both sides (a match), only gold (not found) or only parsed (not in gold). */
    record Pair<G>(@Nullable G gold, @Nullable Decision parsed) {
    }

    private DecisionAlignment() {
    }

    static <G> List<Pair<G>> align(List<G> gold, List<Decision> parsed, BiPredicate<G, Decision> same) {
        int[][] lcs = new int[gold.size() + 1][parsed.size() + 1];
        for (int i = gold.size() - 1; i >= 0; i--) {
            for (int j = parsed.size() - 1; j >= 0; j--) {
                lcs[i][j] = same.test(gold.get(i), parsed.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Pair<G>> pairs = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < gold.size() && j < parsed.size()) {
            if (same.test(gold.get(i), parsed.get(j))) {
                pairs.add(new Pair<>(gold.get(i++), parsed.get(j++)));
            } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
                pairs.add(new Pair<>(gold.get(i++), null));
            } else {
                pairs.add(new Pair<>(null, parsed.get(j++)));
            }
        }
        for (; i < gold.size(); i++) {
            pairs.add(new Pair<>(gold.get(i), null));
        }
        for (; j < parsed.size(); j++) {
            pairs.add(new Pair<>(null, parsed.get(j)));
        }
        return pairs;
    }
}

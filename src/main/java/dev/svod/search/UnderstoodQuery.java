package dev.svod.search;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * A query as Svod reads it. A decision must match {@link #minimumToMatch} of the {@code required} units and no
 * exclusion; {@code optional} units (question words, addressee words) and the chips rank but never empty the
 * answer; quoted phrases are required as they are. Nothing typed is dropped: every word is in one of the lists
 * or a chip, except Russian stop words.
 */
@Serdeable
public record UnderstoodQuery(List<QueryUnit> required, List<QueryUnit> optional, List<String> excluded,
                              List<QueryChip> chips) {

    public UnderstoodQuery {
        required = List.copyOf(required);
        optional = List.copyOf(optional);
        excluded = List.copyOf(excluded);
        chips = List.copyOf(chips);
    }

    public static final UnderstoodQuery EMPTY = new UnderstoodQuery(List.of(), List.of(), List.of(), List.of());

    /**
     * How many of the unquoted required units a decision must match: all of one or two (a short query stays
     * precise), two of three, then three in five: one word said differently never empties the answer.
     */
    public int minimumToMatch() {
        int n = (int) required.stream().filter(u -> !u.phrase()).count();
        return n <= 2 ? n : Math.max(2, (int) Math.ceil(0.6 * n));
    }

    public boolean isEmpty() {
        return required.isEmpty() && optional.isEmpty() && excluded.isEmpty() && chips.isEmpty();
    }
}

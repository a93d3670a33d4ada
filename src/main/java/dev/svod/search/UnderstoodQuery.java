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
     * How many of the unquoted required units a decision must match: half, rounded up (one of one or two, two of
     * three or four, three of five or six). One word said differently never empties the answer; precision comes
     * from the order: decisions with every unit rank above all others (measured on the real corpus: requiring all
     * of two and 60 % of longer queries lost a tenth of the relevant decisions and gained no precision at 10).
     */
    public int minimumToMatch() {
        int n = (int) required.stream().filter(u -> !u.phrase()).count();
        return (n + 1) / 2;
    }

    public boolean isEmpty() {
        return required.isEmpty() && optional.isEmpty() && excluded.isEmpty() && chips.isEmpty();
    }
}

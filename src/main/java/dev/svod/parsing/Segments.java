package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayList;
import java.util.List;

/**
 * A protocol cut into its parts: the header, the agenda, the blocks of decisions (each under the agenda item or
 * СЛУШАЛИ/РЕШИЛИ section it belongs to) and what follows the decisions (signatures).
 */
final class Segments {

    /** One section: its title as printed (null when the protocol has one unnamed block), who was heard, what was decided. */
    static final class Block {
        final @Nullable String title;
        final @Nullable DecisionNumber number;
        /** The agenda item an ordinal line ("По второму вопросу") names, or 0. */
        final int topic;
        final List<String> heard = new ArrayList<>();
        final List<ClassifiedLine> lines = new ArrayList<>();

        Block(@Nullable String title, @Nullable DecisionNumber number) {
            this(title, number, 0);
        }

        Block(@Nullable String title, @Nullable DecisionNumber number, int topic) {
            this.title = title;
            this.number = number;
            this.topic = topic;
        }
    }

    final List<ClassifiedLine> header = new ArrayList<>();
    final List<ClassifiedLine> agenda = new ArrayList<>();
    final List<Block> blocks = new ArrayList<>();
    final List<ClassifiedLine> trailer = new ArrayList<>();
}

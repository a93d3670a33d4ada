package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

/**
 * A logical line with its kind.
 *
 * @param text   the whole line
 * @param number the item number it starts with, for NUMBERED (and numbered HEARD/DECIDED) lines
 * @param rest   the line after its number or marker word: what it says
 */
record ClassifiedLine(LineKind kind, String text, @Nullable DecisionNumber number, String rest) {

    static ClassifiedLine text(String text) {
        return new ClassifiedLine(LineKind.TEXT, text, null, text);
    }
}

package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The number a decision is printed with: "1.", "1.1.", "1.1 " (no final dot), "2.2.Организовать" (no space),
 * "1)". Dates ("01.12.2020", "30.03.2021") and quantities ("1 раз", "5 числа") are not numbers of items.
 *
 * @param parts  the components, 1.2.3 → [1, 2, 3]
 * @param length how many characters of the line the number took, separator included
 */
record DecisionNumber(List<Integer> parts, int length) {

    private static final int MAX_DEPTH = 6;

    DecisionNumber {
        parts = List.copyOf(parts);
    }

    int depth() {
        return parts.size();
    }

    /** As printed without the final dot: "1.2.3". */
    String printed() {
        StringBuilder s = new StringBuilder();
        for (int p : parts) {
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(p);
        }
        return s.toString();
    }

    /** The number this one would hang under: 1.2.3 → 1.2; empty at the top level. */
    Optional<String> printedPrefix() {
        if (parts.size() < 2) {
            return Optional.empty();
        }
        return Optional.of(new DecisionNumber(parts.subList(0, parts.size() - 1), 0).printed());
    }

    /** Reads the item number at the start of a line, if the line starts with one. */
    static Optional<DecisionNumber> read(String line) {
        List<Integer> parts = new ArrayList<>();
        int i = 0;
        int n = line.length();
        boolean trailingSeparator = false;
        while (i < n && parts.size() < MAX_DEPTH) {
            int start = i;
            while (i < n && i - start < 4 && Character.isDigit(line.charAt(i))) {
                i++;
            }
            int digits = i - start;
            if (digits == 0 || digits > 3) {
                return Optional.empty();
            }
            if (parts.isEmpty() && line.charAt(start) == '0') {
                return Optional.empty();
            }
            parts.add(Integer.parseInt(line.substring(start, i)));
            trailingSeparator = false;
            if (i < n && line.charAt(i) == '.') {
                i++;
                trailingSeparator = true;
                if (i < n && Character.isDigit(line.charAt(i))) {
                    continue;
                }
            } else if (i < n && line.charAt(i) == ')') {
                i++;
                trailingSeparator = true;
            }
            break;
        }
        if (parts.isEmpty() || (parts.size() == 1 && !trailingSeparator)) {
            return Optional.empty();
        }
        if (i < n) {
            char next = line.charAt(i);
            if (!(Character.isWhitespace(next) || Character.isLetter(next) || next == '«' || next == '"')) {
                return Optional.empty();
            }
            if (!trailingSeparator && !Character.isWhitespace(next)) {
                return Optional.empty();
            }
        }
        return Optional.of(new DecisionNumber(parts, i));
    }
}

package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Finds each numbered decision's parent from the numbers as printed, robust to the slips real protocols have.
 * It keeps the chain of open decisions (1 → 1.2 → 1.2.3). A new number hangs under the open decision whose number
 * is its prefix (1.2.4 under 1.2); when no open number is its prefix (a typo such as "1.2.3.1." under item 3, or
 * "3.1.1." under 3.3), it hangs under the deepest open decision that is shallower than itself, by depth alone.
 *
 * @param <T> what the caller hangs in the tree
 */
final class DecisionTree<T> {

    private record Open<T>(DecisionNumber number, T item) {
    }

    private final Deque<Open<T>> chain = new ArrayDeque<>();

    /** Starts over: a new addressee heading or block, under which numbers restart. */
    void reset() {
        chain.clear();
    }

    /** Adds a decision; returns the decision it hangs under, or null at the top level. */
    @Nullable T add(DecisionNumber number, T item) {
        String prefix = number.printedPrefix().orElse(null);
        T parent = null;
        if (prefix != null && containsOpen(prefix)) {
            while (!chain.isEmpty() && !chain.peek().number().printed().equals(prefix)) {
                chain.pop();
            }
            parent = chain.isEmpty() ? null : chain.peek().item();
        } else if (number.depth() > 1) {
            while (!chain.isEmpty() && chain.peek().number().depth() >= number.depth()) {
                chain.pop();
            }
            parent = chain.isEmpty() ? null : chain.peek().item();
        } else {
            chain.clear();
        }
        chain.push(new Open<>(number, item));
        return parent;
    }

    private boolean containsOpen(String printed) {
        for (Iterator<Open<T>> it = chain.iterator(); it.hasNext(); ) {
            if (it.next().number().printed().equals(printed)) {
                return true;
            }
        }
        return false;
    }
}

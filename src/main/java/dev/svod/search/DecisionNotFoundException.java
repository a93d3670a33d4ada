package dev.svod.search;

import dev.svod.SvodException;

/** No decision has this id; answered with 404. */
public class DecisionNotFoundException extends SvodException {

    public DecisionNotFoundException(String decisionId) {
        super("Решение " + decisionId + " не найдено.", null);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String error() {
        return "not_found";
    }
}

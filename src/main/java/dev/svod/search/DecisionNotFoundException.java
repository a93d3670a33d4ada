package dev.svod.search;

/** No decision has this id; answered with 404. */
public class DecisionNotFoundException extends RuntimeException {

    public DecisionNotFoundException(String decisionId) {
        super("Решение " + decisionId + " не найдено.");
    }
}

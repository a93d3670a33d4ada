package dev.svod.parsing;

/** Counts open parentheses and «» quotes as a text is read character by character. */
final class Brackets {

    private int parentheses;
    private int guillemets;

    /** Reads one character; true when it stands outside every bracket and is not a bracket itself. */
    boolean outside(char c) {
        switch (c) {
            case '(' -> parentheses++;
            case ')' -> parentheses = Math.max(0, parentheses - 1);
            case '«' -> guillemets++;
            case '»' -> guillemets = Math.max(0, guillemets - 1);
            default -> {
                return !open();
            }
        }
        return false;
    }

    void read(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            outside(s.charAt(i));
        }
    }

    boolean open() {
        return parentheses > 0 || guillemets > 0;
    }
}

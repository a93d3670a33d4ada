package dev.svod.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The operators of a query: {@code "quoted phrases"}, {@code -excluded} words, and {@code a | b} alternatives,
 * the rest as groups of plain words. Unbalanced quotes and stray operators are read as plain text, never as an
 * error: researchers paste text from documents.
 */
record Tokens(List<String> phrases, List<String> excluded, List<Group> groups) {

    /** Plain words in a row, or ({@code alternatives}) words joined by {@code |}. */
    record Group(List<QueryWords.Word> words, boolean alternatives) {
    }

    static Tokens of(String query) {
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < query.length()) {
            char c = query.charAt(i);
            int close = c == '"' ? query.indexOf('"', i + 1) : -1;
            boolean wordStart = i == 0 || Character.isWhitespace(query.charAt(i - 1)) || query.charAt(i - 1) == '(';
            if (close > i + 1) {
                String phrase = query.substring(i + 1, close).strip();
                if (!QueryWords.split(phrase).isEmpty()) {
                    phrases.add(phrase);
                }
                plain.append(' ');
                i = close + 1;
            } else if (c == '-' && wordStart && i + 1 < query.length() && Character.isLetterOrDigit(query.charAt(i + 1))) {
                int end = i + 1;
                while (end < query.length() && !Character.isWhitespace(query.charAt(end))) {
                    end++;
                }
                excluded.add(query.substring(i + 1, end));
                plain.append(' ');
                i = end;
            } else {
                plain.append(c == '"' ? ' ' : c);
                i++;
            }
        }
        // "a | b c": a group of alternatives «a | b», then «c»
        String text = plain.toString();
        List<QueryWords.Word> words = QueryWords.split(text);
        List<QueryWords.Word> current = new ArrayList<>();
        boolean joining = false;
        for (int w = 0; w < words.size(); w++) {
            QueryWords.Word word = words.get(w);
            boolean barBefore = w > 0 && text.substring(words.get(w - 1).end(), word.start()).contains("|");
            if (barBefore) {
                if (!joining) {
                    QueryWords.Word previous = current.remove(current.size() - 1);
                    flush(current, groups, false);
                    current.add(previous);
                    joining = true;
                }
                current.add(word);
            } else {
                if (joining) {
                    flush(current, groups, true);
                    joining = false;
                }
                current.add(word);
            }
        }
        flush(current, groups, joining);
        return new Tokens(List.copyOf(phrases), List.copyOf(excluded), List.copyOf(groups));
    }

    private static void flush(List<QueryWords.Word> current, List<Group> groups, boolean alternatives) {
        if (!current.isEmpty()) {
            groups.add(new Group(List.copyOf(current), alternatives));
            current.clear();
        }
    }
}

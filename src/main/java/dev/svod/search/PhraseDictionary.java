package dev.svod.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Phrases of one or a few words, each with a value, found in a query at a given word by the longest phrase
 * that starts there. Words match by stem (any case form) or, for abbreviations, by their lower-case form
 * ({@link QueryWords.Word#matches}).
 * The thesaurus, the region names, the addressee words and the question words are each one of these.
 */
final class PhraseDictionary<T> {

    private record Key(QueryWords.Word word, boolean literal) {
    }

    private record Phrase<T>(List<Key> keys, T value) {
    }

    /** A phrase found in the query: words {@code [start, start + length)} and the values of every phrase that fits. */
    record Found<T>(int start, int length, List<T> values) {
    }

    private final Map<String, List<Phrase<T>>> byFirstKey = new HashMap<>();

    /** Adds a phrase as written in a data file; words that are stop words in the middle of it are kept. */
    void add(String phrase, T value) {
        List<Key> keys = new ArrayList<>();
        for (QueryWords.Word w : QueryWords.split(phrase)) {
            boolean literal = QueryWords.isLiteral(w.typed());
            keys.add(new Key(w, literal));
        }
        if (!keys.isEmpty()) {
            Phrase<T> entry = new Phrase<>(keys, value);
            QueryWords.Word first = keys.get(0).word();
            byFirstKey.computeIfAbsent(first.lower(), k -> new ArrayList<>()).add(entry);
            if (!keys.get(0).literal() && !first.stem().equals(first.lower())) {
                byFirstKey.computeIfAbsent(first.stem(), k -> new ArrayList<>()).add(entry);
            }
        }
    }

    /** The longest phrase starting at word {@code start}, with the values of all phrases of that length. */
    Optional<Found<T>> longestAt(List<QueryWords.Word> words, int start) {
        QueryWords.Word first = words.get(start);
        Set<Phrase<T>> candidates = new LinkedHashSet<>(byFirstKey.getOrDefault(first.stem(), List.of()));
        candidates.addAll(byFirstKey.getOrDefault(first.lower(), List.of()));
        int best = 0;
        List<T> values = new ArrayList<>();
        for (Phrase<T> phrase : candidates) {
            int length = phrase.keys().size();
            if (length < best || !fits(phrase, words, start)) {
                continue;
            }
            if (length > best) {
                best = length;
                values.clear();
            }
            if (!values.contains(phrase.value())) {
                values.add(phrase.value());
            }
        }
        return best == 0 ? Optional.empty() : Optional.of(new Found<>(start, best, List.copyOf(values)));
    }

    private static boolean fits(Phrase<?> phrase, List<QueryWords.Word> words, int start) {
        if (start + phrase.keys().size() > words.size()) {
            return false;
        }
        for (int i = 0; i < phrase.keys().size(); i++) {
            Key key = phrase.keys().get(i);
            if (!words.get(start + i).matches(key.word(), key.literal())) {
                return false;
            }
        }
        return true;
    }
}

package dev.svod.parsing.eval;

import io.micronaut.core.annotation.Nullable;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Compares names of bodies the way a reader does, not letter by letter: the annotator copies an addressee as
 * printed ("Управлению образования администрации"), the parser may give it in another case or with more of the
 * heading. Both become sets of word stems (lower case, ё→е, brackets and people's names removed, each word cut
 * to its first five letters, which covers Russian case endings), compared by Jaccard overlap.
 */
final class NameWords {

    /** Overlap at or above which two names are the same body. */
    static final double SAME = 0.6;

    private static final int STEM = 5;
    private static final Pattern BRACKETS = Pattern.compile("\\([^()]*\\)");
    private static final Pattern PERSON = Pattern.compile(
            "[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё]+|[А-ЯЁ][а-яё]+\\s[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.");
    private static final Set<String> FUNCTION_WORDS = Set.of("и", "в", "во", "по", "на", "с", "со", "за", "к", "о",
            "об", "от", "для", "при", "их", "а", "до", "из");

    private NameWords() {
    }

    static Set<String> stems(@Nullable String name) {
        Set<String> stems = new LinkedHashSet<>();
        if (name == null) {
            return stems;
        }
        String text = PERSON.matcher(BRACKETS.matcher(name).replaceAll(" ")).replaceAll(" ");
        for (String word : text.toLowerCase(Locale.ROOT).replace('ё', 'е').split("[^\\p{L}\\p{Nd}]+")) {
            if (!word.isEmpty() && !FUNCTION_WORDS.contains(word)) {
                stems.add(word.length() > STEM ? word.substring(0, STEM) : word);
            }
        }
        return stems;
    }

    static double overlap(@Nullable String a, @Nullable String b) {
        Set<String> x = stems(a);
        Set<String> y = stems(b);
        if (x.isEmpty() && y.isEmpty()) {
            return 1.0;
        }
        Set<String> union = new LinkedHashSet<>(x);
        union.addAll(y);
        x.retainAll(y);
        return (double) x.size() / union.size();
    }

    static boolean same(@Nullable String a, @Nullable String b) {
        return overlap(a, b) >= SAME;
    }
}

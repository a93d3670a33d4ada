package dev.svod.analysis;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Set;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * A deliberately aggressive Russian stemmer that reduces a word to the stem of its derivational family, so that a
 * topic matches as a family: наставник, наставничество, наставнический → {@code настав}; образование,
 * образовательный → {@code образ}; педагог, педагогический, педагогика → {@code педагог}.
 *
 * <p>How: the Snowball Russian stemmer first removes the inflection (наставничества → наставничеств), then rounds of
 * stripping run until nothing changes; each round drops trailing vowels, ь and й, then the longest derivational
 * suffix of {@link #SUFFIXES} (-ничеств, -ств, -ическ, -тельн, -ник, -ан/-ен, -ов, -н…). Nothing is stripped if
 * fewer than {@code minStemLength} letters would remain, which keeps short roots whole (план stays план, so it does
 * not meet планета → планет; мониторинг and монета stay apart).
 *
 * <p>A verb and its noun differ by a consonant alternation at the end of the stem; the last step undoes the regular
 * ones so they meet: утвержд → утверд (утверждение, утвердить), закрепл → закреп (закрепление, закрепить; л after
 * a labial), посещ → посет (посещение, посетить).
 *
 * <p>It over-joins now and then (образ and образование share {@code образ}), which is why its terms belong in a
 * lower-weighted sub-field. Only words made wholly of lower-case Cyrillic letters are touched; anything else
 * (numbers, Latin, mixed tokens) passes unchanged. Not thread-safe: one instance per token stream.
 */
public final class RussianFamilyStemmer {

    public static final int DEFAULT_MIN_STEM_LENGTH = 4;

    /** Derivational suffixes as they appear after Snowball stemming, tried longest first. */
    static final String[] SUFFIXES = sortedLongestFirst(
            // abstract nouns: наставничество, руководство, качество, новость, патриотизм
            "ничеств", "ичеств", "еств", "ств", "ость", "ост", "изм",
            // adjectives: наставнический, педагогический, управленческий, городской, образовательный,
            // региональный, традиционный, организационный, государственный, плановый
            "енческ", "ническ", "ическ", "ческ", "еск", "ск", "тельн", "ельн", "альн", "онн", "енн", "ион", "ов",
            "ев", "н",
            // persons and agents: наставник, учитель, педагогика, специалист, заказчик
            "ник", "нич", "ик", "чик", "щик", "тел", "ист",
            // processes: образование, воспитание, организация, планирование
            // (no -изац: организац → орган would join организация with орган)
            "ан", "ен", "ац", "яц", "иров",
            // verbs in -ировать after Snowball: финансируются → финансир (финансирование → финанс)
            "ир");

    /** Snowball stems kept whole: stripping them would join unrelated frequent words. */
    private static final Set<String> PROTECTED = Set.of(
            "средств" // средства (means, funds) is not средний/среда
    );

    private static final String TRAILING = "аеиоуыэюяьй";
    private static final int MAX_ROUNDS = 8;

    private final RussianStemmer snowball = new RussianStemmer();
    private final int minStemLength;

    public RussianFamilyStemmer() {
        this(DEFAULT_MIN_STEM_LENGTH);
    }

    public RussianFamilyStemmer(int minStemLength) {
        this.minStemLength = minStemLength;
    }

    /** The family stem of {@code word} (lower-case), or {@code word} itself when it is not a Russian word. */
    public String stem(String word) {
        char[] chars = word.toCharArray();
        int length = stem(chars, chars.length);
        return length < 0 ? word : new String(buffer(), 0, length);
    }

    /**
     * Stems the first {@code length} chars of {@code word}, which may be overwritten. Returns the length of the
     * result, which is then in {@link #buffer()}, or -1 when the word is left as it is.
     */
    public int stem(char[] word, int length) {
        if (!isRussianWord(word, length)) {
            return -1;
        }
        snowball.setCurrent(word, length);
        snowball.stem();
        char[] stem = snowball.getCurrentBuffer();
        int stemLength = snowball.getCurrentBufferLength();
        if (PROTECTED.contains(new String(stem, 0, stemLength))) {
            return stemLength;
        }
        return stripDerivation(stem, stemLength);
    }

    /** Where the last result of {@link #stem(char[], int)} is. */
    public char[] buffer() {
        return snowball.getCurrentBuffer();
    }

    /** The rounds of suffix stripping on an already Snowball-stemmed word; returns the new length. */
    int stripDerivation(char[] stem, int length) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            int before = length;
            while (length > minStemLength && TRAILING.indexOf(stem[length - 1]) >= 0) {
                length--;
            }
            for (String suffix : SUFFIXES) {
                if (length - suffix.length() >= minStemLength && endsWith(stem, length, suffix)) {
                    length -= suffix.length();
                    break;
                }
            }
            if (length == before) {
                break;
            }
        }
        return undoAlternation(stem, length);
    }

    private static final String LABIALS = "пбвмф";

    private int undoAlternation(char[] stem, int length) {
        if (length <= minStemLength) {
            return length;
        }
        if (endsWith(stem, length, "жд")) {
            stem[length - 2] = 'д';
            return length - 1;
        }
        if (stem[length - 1] == 'л' && LABIALS.indexOf(stem[length - 2]) >= 0) {
            return length - 1;
        }
        if (stem[length - 1] == 'щ') {
            stem[length - 1] = 'т';
        }
        return length;
    }

    private static boolean endsWith(char[] word, int length, String suffix) {
        int start = length - suffix.length();
        if (start < 0) {
            return false;
        }
        for (int i = 0; i < suffix.length(); i++) {
            if (word[start + i] != suffix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isRussianWord(char[] word, int length) {
        if (length == 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = word[i];
            if ((c < 'а' || c > 'я') && c != 'ё') {
                return false;
            }
        }
        return true;
    }

    private static String[] sortedLongestFirst(String... suffixes) {
        String[] sorted = suffixes.clone();
        Arrays.sort(sorted, Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        return sorted;
    }
}

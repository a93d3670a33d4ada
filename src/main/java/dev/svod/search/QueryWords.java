package dev.svod.search;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.ru.RussianLightStemmer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a query as the thesaurus, the region names and the deadline periods are matched against them:
 * lower case, ё as е, and Lucene's light Russian stem (case endings only), so that «школ», «школам» and «школы»
 * are one word.
 * A word is a run of letters and digits with inner hyphens («ГИА-11», «осенне-зимний»).
 */
final class QueryWords {

    private static final CharArraySet STOP_WORDS = RussianAnalyzer.getDefaultStopSet();
    /** Stateless: one serves every thread. */
    private static final RussianLightStemmer STEMMER = new RussianLightStemmer();

    private QueryWords() {
    }

    /** One word as typed, where it stands in the query, and the forms it is matched by. */
    record Word(String typed, int start, int end, String lower, String stem) {

        /**
         * A stem may equal the other word's whole form: the light stemmer reads the «-ых» of «отдых» as an
         * adjective's ending, but «отдыха» to «отдых». {@code literal} words (abbreviations, written in capitals
         * in the data files) match only their lower-case form: a stem of «ОО» would be meaningless.
         */
        boolean matches(Word other, boolean literal) {
            if (literal) {
                return lower.equals(other.lower);
            }
            return stem.equals(other.stem) || stem.equals(other.lower) || lower.equals(other.stem) || lower.equals(other.lower);
        }

        boolean isStopWord() {
            return STOP_WORDS.contains(lower);
        }

        boolean isNumber() {
            return !lower.isEmpty() && lower.chars().allMatch(Character::isDigit);
        }
    }

    static List<Word> split(String text) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i;
            while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end))
                    || (text.charAt(end) == '-' && end + 1 < text.length() && Character.isLetterOrDigit(text.charAt(end + 1))))) {
                end++;
            }
            String typed = text.substring(i, end);
            String lower = lower(typed);
            words.add(new Word(typed, i, end, lower, stem(lower)));
            i = end;
        }
        return words;
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    static String stem(String lower) {
        char[] chars = lower.toCharArray();
        return new String(chars, 0, STEMMER.stem(chars, chars.length));
    }

    /** Abbreviations are written in capitals in the data files; their stems would be meaningless. */
    static boolean isLiteral(String typed) {
        return typed.chars().anyMatch(Character::isLetter) && typed.equals(typed.toUpperCase(Locale.ROOT))
                && typed.codePoints().filter(Character::isLetter).count() <= 6;
    }
}

package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small facts about Russian words that several readers need: verbs, case endings, letters. */
final class Words {

    private static final Set<String> NOT_VERBS = Set.of(
            "сеть", "путь", "мать", "печать", "тетрадь", "треть", "четверть", "нить", "суть", "ртуть", "рать",
            "смерть", "плоть", "кость", "гость", "грусть", "пять", "девять", "десять", "опять", "есть", "честь",
            "месть", "лесть", "шесть", "жесть", "ночь", "дочь", "речь", "печь", "мелочь", "желчь");

    private static final Set<String> DATIVE_PRONOUNS = Set.of("всем", "каждому", "каждой", "этим", "тем");

    private Words() {
    }

    static String lower(String word) {
        return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    /** An infinitive ("обеспечить", "провести", "привлечь"), told from nouns that end alike. */
    static boolean isInfinitive(String word) {
        String w = lower(stripPunctuation(word));
        if (w.length() < 4 || NOT_VERBS.contains(w)) {
            return false;
        }
        if (w.endsWith("ться") || w.endsWith("тись")) {
            return true;
        }
        if (w.endsWith("ть")) {
            return !(w.endsWith("ость") || w.endsWith("асть") || w.endsWith("ласть"));
        }
        if (w.endsWith("ести") || w.endsWith("йти") || w.endsWith("зти") || w.endsWith("расти") || w.endsWith("спасти")) {
            return true;
        }
        return w.endsWith("чь") && w.length() > 5;
    }

    /** An adjective or participle in the dative ("государственному", "образовательным", "областной"). */
    static boolean isDativeAdjective(String word) {
        String w = lower(stripPunctuation(word));
        if (DATIVE_PRONOUNS.contains(w)) {
            return true;
        }
        if (w.length() < 5 || !isCyrillicWord(w)) {
            return false;
        }
        return w.endsWith("ому") || w.endsWith("ему") || w.endsWith("ым") || w.endsWith("им")
                || w.endsWith("ой") || w.endsWith("ей");
    }

    static boolean isCyrillicWord(String w) {
        if (w.isEmpty()) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!(Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** An abbreviation in capitals, as organisations are named: "ГАУ", "СОИРО", "МБОУ", "ЦНППМ". */
    static boolean isAbbreviation(String word) {
        String w = stripPunctuation(word);
        if (w.length() < 2 || w.length() > 12) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            } else if (!Character.isDigit(c) && c != '-') {
                return false;
            }
        }
        return letters >= 2;
    }

    static boolean startsLowercase(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isLowerCase(c);
            }
            if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return false;
    }

    static String capitalize(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String stripPunctuation(String word) {
        int from = 0;
        int to = word.length();
        while (from < to && !Character.isLetterOrDigit(word.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(word.charAt(to - 1)) && word.charAt(to - 1) != '+') {
            to--;
        }
        return word.substring(from, to);
    }

    /** Whitespace-separated words of a text, punctuation kept on them. */
    static List<String> split(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.trim().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    /** True when one of the first {@code limit} words is an infinitive: the text reads as an order. */
    static boolean hasEarlyInfinitive(String text, int limit) {
        List<String> words = split(text);
        for (int i = 0; i < Math.min(limit, words.size()); i++) {
            if (isInfinitive(words.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Collapses runs of whitespace into one space and trims. */
    static String squeeze(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}

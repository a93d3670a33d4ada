package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static java.util.Map.entry;

/**
 * The body that issued a protocol, in the nominative: a nominative line ("Министерство образования и науки
 * Хабаровского края"), or the genitive phrase after the kind of document ("РЕШЕНИЕ КОЛЛЕГИИ Департамента …",
 * "совещания губернатора области …", "Решение ГМС и Совета Управления").
 */
final class IssuingBodies {

    private static final Set<String> NOMINATIVE_HEADS = Set.of(
            "министерство", "департамент", "комитет", "управление", "администрация", "правительство", "отдел",
            "губернатор", "глава", "мэрия", "дума", "совет", "институт", "коллегия", "комиссия");
    private static final Map<String, String> GENITIVE_HEADS = Map.ofEntries(
            entry("министерства", "министерство"), entry("департамента", "департамент"), entry("управления", "управление"),
            entry("комитета", "комитет"), entry("совета", "совет"), entry("губернатора", "губернатор"),
            entry("администрации", "администрация"), entry("правительства", "правительство"), entry("отдела", "отдел"),
            entry("главы", "глава"), entry("мэра", "мэр"), entry("думы", "дума"), entry("комиссии", "комиссия"),
            entry("коллегии", "коллегия"), entry("института", "институт"), entry("центра", "центр"),
            entry("мэрии", "мэрия"), entry("министра", "министр"));
    private static final Set<String> STOP_WORDS = Set.of("от", "№", "по", "на", "о", "об", "в", "во", "с", "при", "для");

    private IssuingBodies() {
    }

    /** A header line that is a body's name in the nominative. */
    static boolean isNominativeBody(String line) {
        List<String> words = Words.split(line);
        return !words.isEmpty() && words.size() <= 25 && NOMINATIVE_HEADS.contains(Words.lower(Words.stripPunctuation(words.get(0))));
    }

    /** The genitive body phrase a text opens with, put into the nominative; null when it opens with none. */
    static @Nullable String fromGenitive(String text) {
        List<String> words = Words.split(Quotes.toGuillemets(text));
        if (words.isEmpty()) {
            return null;
        }
        String first = Words.stripPunctuation(words.get(0));
        if (!GENITIVE_HEADS.containsKey(Words.lower(first)) && !Words.isAbbreviation(first)) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean headNext = true;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String core = Words.stripPunctuation(w);
            if (i > 0 && stops(w, core, i + 1 < words.size() ? words.get(i + 1) : "")) {
                break;
            }
            String lower = Words.lower(core);
            String nominative = headNext ? GENITIVE_HEADS.get(lower) : null;
            String printed = w.replaceAll("[,:;]+$", "");
            String word = nominative == null ? printed : (Character.isUpperCase(core.charAt(0)) ? Words.capitalize(nominative) : nominative);
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(word);
            headNext = lower.equals("и");
            if (w.endsWith(":") || w.endsWith(",") || w.endsWith(";")) {
                break;
            }
        }
        String body = Words.capitalize(out.toString().trim());
        return body.isEmpty() ? null : body;
    }

    private static boolean stops(String word, String core, String next) {
        String lower = Words.lower(core);
        if (core.isEmpty() || word.startsWith("(") || word.startsWith("«") || word.startsWith("\"")) {
            return true;
        }
        if (lower.equals("по") && Words.lower(next).startsWith("вопрос")) {
            return true;
        }
        if (lower.equals("по")) {
            return false;
        }
        if (STOP_WORDS.contains(lower) || core.chars().anyMatch(Character::isDigit)) {
            return true;
        }
        return Persons.find(word + " " + next).stream().anyMatch(n -> n.startsWith(core));
    }

    /** "Губернатор области" with the region known → "Губернатор Амурской области". */
    static String withRegion(String body, @Nullable Region region, RegionDirectory directory) {
        if (region == null || directory.first(body).isPresent()) {
            return body;
        }
        for (String bare : new String[] {"области", "края", "республики", "округа"}) {
            if (body.endsWith(" " + bare)) {
                return body.substring(0, body.length() - bare.length()) + region.genitive();
            }
        }
        return body;
    }
}

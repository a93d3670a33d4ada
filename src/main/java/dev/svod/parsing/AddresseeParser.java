package dev.svod.parsing;

import dev.svod.protocol.Addressee;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads who a decision is addressed to from how its text opens:
 * <pre>
 * phrase    := ("Рекомендовать" | "Поручить" | "Предложить")? addressee (("," | "и" | ";") addressee)*
 *              (":" | infinitive … | end)
 * addressee := dative-adjective* dative-head genitive-words* quoted-name? "(persons)"*
 *            | abbreviation+ quoted-name? "(persons)"*          ("ГАУ ДПО СОИРО", "КГБОУ ДПО «…»")
 * </pre>
 * "Утвердить …", "На основе …", "Информацию принять …" open with no addressee: they give an empty result.
 */
final class AddresseeParser {

    private static final Pattern VERB_PREFIX = Pattern.compile(
            "^(?:Рекомендовать|Поручить|Предложить|Просить|РЕКОМЕНДОВАТЬ|ПОРУЧИТЬ|ПРЕДЛОЖИТЬ|ПРОСИТЬ)\\s+", Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final Pattern LEGAL_FORM = Pattern.compile(
            "^(?:(?:ФГ|КГ|ОГ|Г|М|Ч|АН)?[АБК]?(?:П|Д|Н|С)?О?У|АНО|АНОО|НКО|ООО|ОАО|АО|ЗАО|ПАО|ФГУП|МУП|ГУП|МКУ|МБУ)$");
    private static final Set<String> ORGANISATION_ABBREVIATIONS = Set.of(
            "ИРО", "ОМСУ", "МОУО", "ОО", "ДОУ", "ДОО", "РЦОКО", "ЦОКО", "ЦНППМ", "ИМЦ", "ММЦ", "РМЦ", "ОИВ", "ППМС", "ИПК");
    private static final int MAX_PHRASE = 400;

    private final Aliases aliases;
    private final boolean regionalIssuer;

    AddresseeParser(Aliases aliases) {
        this(aliases, false);
    }

    /** @param regionalIssuer the protocol comes from a regional body (see {@link AddresseeKinds#isRegionalIssuer}) */
    AddresseeParser(Aliases aliases, boolean regionalIssuer) {
        this.aliases = aliases;
        this.regionalIssuer = regionalIssuer;
    }

    boolean regionalIssuer() {
        return regionalIssuer;
    }

    /** A line that is only an addressee heading: "ГАУ ДПО СОИРО:", "Рекомендовать главам муниципальных образований:". */
    static boolean isHeading(String line) {
        return line.trim().endsWith(":") && new AddresseeParser(Aliases.none()).parse(line).map(AddresseePhrase::heading).orElse(false);
    }

    static boolean isLegalFormAbbreviation(String word) {
        return word.length() >= 2 && LEGAL_FORM.matcher(word).matches();
    }

    /** The addressee phrase the text's first line opens with, if it opens with one. */
    Optional<AddresseePhrase> parse(String text) {
        String line = text.lines().findFirst().orElse("").trim();
        int start = 0;
        boolean verbPrefix = false;
        Matcher prefix = VERB_PREFIX.matcher(line);
        if (prefix.lookingAt()) {
            start = prefix.end();
            verbPrefix = true;
        }
        PhraseEnd end = phraseEnd(line, start);
        if (end == null) {
            return Optional.empty();
        }
        String phrase = cutTime(line.substring(start, end.at())).trim();
        if (phrase.isEmpty() || phrase.length() > MAX_PHRASE || !opensAsAddressee(phrase, end.colon() || verbPrefix)) {
            return Optional.empty();
        }
        boolean heading = end.nothingFollows() || (end.colon() && line.substring(end.at() + 1).isBlank());
        List<Addressee> addressees = new ArrayList<>();
        for (String part : parts(phrase)) {
            String name = aliases.expand(AddresseeNames.normalize(part));
            if (!name.isBlank()) {
                addressees.add(new Addressee(trimEnd(part), name, AddresseeKinds.classify(name, regionalIssuer)));
            }
        }
        if (addressees.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new AddresseePhrase(addressees, Persons.inParentheses(phrase), heading));
    }

    private static final Pattern TIME_TAIL = Pattern.compile(
            ",?\\s(?:в\\s+срок|до\\s+\\d|не\\s+позднее|в\\s+течение|к\\s+\\d|ежегодно|ежеквартально|ежемесячно|постоянно).*$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** "руководителям ОО в срок до 15.11.2022" → "руководителям ОО": a time between addressee and verb is not a name. */
    private static String cutTime(String phrase) {
        return TIME_TAIL.matcher(phrase).replaceFirst("");
    }

    /** Where the phrase ends: a colon, an infinitive, or the end of the line; null at a sentence end. */
    private record PhraseEnd(int at, boolean colon, boolean nothingFollows) {
    }

    private static PhraseEnd phraseEnd(String line, int from) {
        String t = Quotes.toGuillemets(line);
        Brackets brackets = new Brackets();
        int i = from;
        int n = t.length();
        while (i < n) {
            char c = t.charAt(i);
            if (brackets.outside(c)) {
                if (c == ':') {
                    return new PhraseEnd(i, true, false);
                }
                if (c == '.' && sentenceEnds(t, i)) {
                    return i + 1 >= n || t.substring(i + 1).isBlank() ? new PhraseEnd(i, false, true) : null;
                }
                if (Character.isLetter(c) && (i == from || !Character.isLetterOrDigit(t.charAt(i - 1)))) {
                    int j = i;
                    while (j < n && (Character.isLetter(t.charAt(j)) || t.charAt(j) == '-')) {
                        j++;
                    }
                    if (Words.isInfinitive(t.substring(i, j))) {
                        return i == from ? null : new PhraseEnd(i, false, false);
                    }
                    i = j;
                    continue;
                }
            }
            i++;
        }
        return new PhraseEnd(n, false, true);
    }

    /** A full stop that ends a sentence, not one after an initial ("В.") or an abbreviation ("г.", "т.п."). */
    private static boolean sentenceEnds(String t, int dot) {
        int k = dot - 1;
        while (k >= 0 && Character.isLetter(t.charAt(k))) {
            k--;
        }
        int wordLength = dot - 1 - k;
        if (wordLength <= 2) {
            return dot + 1 >= t.length();
        }
        return true;
    }

    /** Adjectives in the dative and a head noun in the dative, or an organisation's abbreviation. */
    static boolean opensAsAddressee(String phrase, boolean anyAbbreviation) {
        List<String> words = Words.split(phrase);
        if (words.isEmpty()) {
            return false;
        }
        String first = Words.stripPunctuation(words.get(0));
        if (Words.isAbbreviation(first)) {
            return anyAbbreviation || isLegalFormAbbreviation(first) || ORGANISATION_ABBREVIATIONS.contains(first)
                    || first.endsWith("ИРО") || first.endsWith("ИМЦ");
        }
        for (int i = 0; i < Math.min(words.size(), 7); i++) {
            String w = words.get(i);
            if (DativeHeads.isHead(w)) {
                return true;
            }
            if (!Words.isDativeAdjective(w)) {
                return false;
            }
        }
        return false;
    }

    /** The phrase cut where a new addressee starts after ",", " и ", ";" or ", а также". */
    static List<String> parts(String phrase) {
        String t = Quotes.toGuillemets(phrase);
        List<String> parts = new ArrayList<>();
        Brackets brackets = new Brackets();
        int last = 0;
        for (int i = 0; i < t.length(); i++) {
            if (brackets.outside(t.charAt(i))) {
                int after = separatorEnd(t, i);
                if (after > 0) {
                    String rest = stripAlso(phrase.substring(after).trim());
                    if (opensAsAddressee(rest, false) && !phrase.substring(last, i).isBlank()) {
                        parts.add(phrase.substring(last, i).trim());
                        last = phrase.length() - rest.length();
                        i = last - 1;
                    }
                }
            }
        }
        parts.add(phrase.substring(last).trim());
        return parts;
    }

    private static int separatorEnd(String t, int i) {
        char c = t.charAt(i);
        if (c == ',' || c == ';') {
            return i + 1;
        }
        if (c == ' ' && t.startsWith(" и ", i)) {
            return i + 3;
        }
        return -1;
    }

    private static String stripAlso(String s) {
        return s.startsWith("а также ") ? s.substring(8).trim() : s;
    }

    private static String trimEnd(String s) {
        int to = s.length();
        while (to > 0 && ",;:–— ".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(0, to);
    }
}

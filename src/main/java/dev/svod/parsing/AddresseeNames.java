package dev.svod.parsing;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The canonical name of an addressee: the dative phrase put back into the nominative ("Органам местного
 * самоуправления, осуществляющим …" → "Органы местного самоуправления, осуществляющие …"), people and
 * "(далее – …)" notes removed, quotes as «», and for an institution named by its legal form and a proper name
 * («Государственному автономному учреждению … «Амурский областной институт развития образования»») the proper
 * name alone, so the same body gets the same name however fully a protocol spells it.
 */
final class AddresseeNames {

    private static final Set<String> STRESSED_ENDING_STEMS = Set.of("краев", "областн", "городск", "окружн", "мирск");
    private static final Pattern PARENTHESES = Pattern.compile("\\([^()]*\\)");
    private static final Pattern PROPER_NAME = Pattern.compile("^(.*?)«([^«»]+)»(?:\\s+[А-ЯЁа-яё-]+){0,3}$");
    private static final Pattern LEGAL_WORDS = Pattern.compile(
            "(?iu)учрежд|организац|обществ|предприят|некоммерческ|автономн|бюджетн|казенн|казённ");

    private AddresseeNames() {
    }

    static String normalize(String phrase) {
        String s = Words.squeeze(PARENTHESES.matcher(Quotes.toGuillemets(phrase)).replaceAll(" "));
        s = Words.squeeze(s.replace(" ,", ","));
        s = trimEnd(s);
        Matcher proper = PROPER_NAME.matcher(s);
        if (proper.matches() && isLegalForm(proper.group(1)) && Character.isUpperCase(proper.group(2).trim().charAt(0))) {
            return Words.squeeze(proper.group(2));
        }
        return Words.capitalize(nominative(s));
    }

    private static boolean isLegalForm(String prefix) {
        String p = prefix.trim();
        if (p.isEmpty()) {
            return false;
        }
        if (LEGAL_WORDS.matcher(p).find()) {
            return true;
        }
        List<String> words = Words.split(p);
        return words.stream().anyMatch(w -> AddresseeParser.isLegalFormAbbreviation(Words.stripPunctuation(w)));
    }

    /** Puts the leading dative group (adjectives and head noun) and the participle after a comma into the nominative. */
    static String nominative(String phrase) {
        List<String> words = Words.split(phrase);
        int head = -1;
        for (int i = 0; i < Math.min(words.size(), 8); i++) {
            if (DativeHeads.isHead(words.get(i))) {
                head = i;
                break;
            }
            if (!Words.isDativeAdjective(words.get(i))) {
                break;
            }
        }
        if (head < 0) {
            return phrase;
        }
        DativeHeads.Head h = DativeHeads.lookup(words.get(head));
        StringBuilder out = new StringBuilder();
        boolean afterComma = false;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String converted = w;
            if (i < head) {
                converted = replaceCore(w, adjective(core(w), h.gender(), h.plural()));
            } else if (i == head) {
                converted = replaceCore(w, h.nominative());
            } else if (afterComma && isParticiple(core(w))) {
                converted = replaceCore(w, adjective(core(w), h.gender(), h.plural()));
            }
            afterComma = w.endsWith(",");
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(converted);
        }
        return out.toString();
    }

    /** A dative adjective as it agrees with a head of this gender and number in the nominative. */
    static String adjective(String word, char gender, boolean plural) {
        String w = Words.lower(word);
        String result;
        if (w.equals("всем")) {
            result = "все";
        } else if (plural && w.endsWith("ым")) {
            result = cut(w, 2) + "ые";
        } else if (plural && w.endsWith("им")) {
            result = cut(w, 2) + "ие";
        } else if (w.endsWith("ому")) {
            String stem = cut(w, 3);
            result = switch (gender) {
                case 'n' -> stem + "ое";
                case 'f' -> stem + "ая";
                default -> stressed(stem) ? stem + "ой" : stem + (sibilantOrVelar(stem) ? "ий" : "ый");
            };
        } else if (w.endsWith("ему")) {
            String stem = cut(w, 3);
            result = gender == 'n' ? stem + "ее" : stem + "ий";
        } else if (w.endsWith("ой")) {
            result = cut(w, 2) + "ая";
        } else if (w.endsWith("ей")) {
            String stem = cut(w, 2);
            result = stem + (sibilantOrVelar(stem) ? "ая" : "яя");
        } else {
            return word;
        }
        return Character.isUpperCase(word.charAt(0)) ? Words.capitalize(result) : result;
    }

    private static boolean isParticiple(String w) {
        String l = Words.lower(w);
        return l.endsWith("щим") || l.endsWith("вшим") || l.endsWith("щему") || l.endsWith("вшему")
                || l.endsWith("емым") || l.endsWith("имым") || l.endsWith("нным");
    }

    private static boolean stressed(String stem) {
        return STRESSED_ENDING_STEMS.stream().anyMatch(stem::endsWith);
    }

    private static boolean sibilantOrVelar(String stem) {
        return !stem.isEmpty() && "кгхжшчщ".indexOf(stem.charAt(stem.length() - 1)) >= 0;
    }

    private static String core(String w) {
        return Words.stripPunctuation(w);
    }

    private static String replaceCore(String word, String replacement) {
        String c = core(word);
        int i = word.indexOf(c);
        if (c.isEmpty() || i < 0) {
            return word;
        }
        String r = Character.isUpperCase(c.charAt(0)) ? Words.capitalize(replacement) : replacement;
        return word.substring(0, i) + r + word.substring(i + c.length());
    }

    private static String trimEnd(String s) {
        int to = s.length();
        while (to > 0 && ",;:.–—- ".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        return s.substring(0, to).trim();
    }

    private static String cut(String s, int n) {
        return s.substring(0, s.length() - n);
    }
}

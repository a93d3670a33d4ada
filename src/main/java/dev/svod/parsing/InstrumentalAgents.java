package dev.svod.parsing;

import dev.svod.protocol.Addressee;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The body that carries an item out, named in the instrumental after a verbal noun or a passive verb, or as the
 * partner of "совместно с": "Установить сроки представления Администрацией Великого Новгорода …", "Мониторинг
 * осуществляется Министерством образования …", "Провести совместно с Чувашским республиканским институтом
 * образования …". The phrase is adjectives in the instrumental, a head noun in the instrumental singular
 * ({@link DativeHeads#isInstrumentalHead}) and the genitive words after it, up to a word of another case.
 */
final class InstrumentalAgents {

    private static final Pattern TRIGGER = Pattern.compile(
            "(?<![А-ЯЁа-яё])(?:совместно\\s+с(?:о)?|представлени[ея]|осуществля(?:ется|ются)|обеспечива(?:ется|ются)"
                    + "|организу(?:ется|ются)|провод(?:ится|ятся)|разрабатыва(?:ется|ются))\\s+",
            Pattern.UNICODE_CASE);
    private static final Pattern WORD = Pattern.compile("\\S+");

    private InstrumentalAgents() {
    }

    /** The bodies named so in the text's first sentence. */
    static List<Addressee> read(String text, boolean regionalIssuer) {
        String first = Words.squeeze(text);
        int dot = first.indexOf(". ");
        if (dot > 0) {
            first = first.substring(0, dot);
        }
        List<Addressee> out = new ArrayList<>();
        Matcher t = TRIGGER.matcher(first);
        while (t.find()) {
            int at = t.end();
            while (at >= 0) {
                int[] phrase = phrase(first, at);
                if (phrase == null) {
                    break;
                }
                String name = first.substring(phrase[0], phrase[1]).replaceAll("[,;:]+$", "");
                out.add(new Addressee(name, name, AddresseeKinds.classify(name, regionalIssuer)));
                at = first.startsWith(" и ", phrase[1]) ? phrase[1] + 3 : -1;
            }
        }
        return out;
    }

    /** Start and end of an instrumental phrase at {@code from}, or null when none starts there. */
    private static int[] phrase(String s, int from) {
        Matcher w = WORD.matcher(s);
        w.region(from, s.length());
        boolean head = false;
        int end = from;
        while (w.find()) {
            String word = Words.stripPunctuation(w.group());
            if (!head) {
                if (DativeHeads.isInstrumentalHead(word)) {
                    head = true;
                } else if (!isInstrumentalAdjective(word)) {
                    return null;
                }
            } else if (!isGenitive(word)) {
                break;
            }
            end = w.end();
            if (w.group().endsWith(",") || w.group().endsWith(";")) {
                break;
            }
        }
        return head ? new int[] {from, end} : null;
    }

    private static boolean isInstrumentalAdjective(String w) {
        String l = Words.lower(w);
        return l.length() >= 5 && (l.endsWith("ым") || l.endsWith("им") || l.endsWith("ой") || l.endsWith("ей"));
    }

    /** "Великого", "Новгорода", "образования", "области", "Республики": a word that goes on with the name. */
    private static boolean isGenitive(String w) {
        String l = Words.lower(w);
        if (l.length() < 3 || !Words.isCyrillicWord(l)) {
            return false;
        }
        return l.endsWith("ого") || l.endsWith("его") || l.endsWith("ых") || l.endsWith("их") || l.endsWith("ой")
                || l.endsWith("ии") || l.endsWith("ия") || l.endsWith("ти") || l.endsWith("ки") || l.endsWith("ов")
                || l.endsWith("ева") || Character.isUpperCase(w.charAt(0)) && (l.endsWith("а") || l.endsWith("я") || l.endsWith("и"));
    }
}

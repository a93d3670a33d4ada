package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The closing item of an order that names who watches over its execution: "Контроль за исполнением настоящего
 * приказа возложить на заместителя министра Иванова И.И.", "Контроль за выполнением постановления оставляю за
 * собой", "Контроль исполнения настоящего Решения возложить на постоянную комиссию …". The one named (in the
 * accusative, as printed, without the person) becomes an addressee of kind
 * {@link AddresseeKind#CONTROL}; "оставляю за собой" names nobody.
 */
final class ControlClauses {

    private static final Pattern CONTROL = Pattern.compile(
            "^Контроль\\s+(?:(?:за|над)\\s+)?[^.]{0,300}?\\s(?:возложить|возлагается|возложен[оа]?)\\s+на\\s+(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    /** "Контроль возложить на заместителя …" without "за исполнением". */
    private static final Pattern SHORT = Pattern.compile(
            "^Контроль\\s+(?:возложить|возлагается)\\s+на\\s+(.+)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    private static final Pattern PERSON = Pattern.compile(
            "\\s*\\(?\\s*(?:[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.\\s?[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\\s+[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.)\\s*\\)?");

    private ControlClauses() {
    }

    /** The addressee a control clause puts the control on, if the text is such a clause naming someone. */
    static Optional<Addressee> read(String text) {
        String t = Words.squeeze(text);
        Matcher m = CONTROL.matcher(t);
        if (!m.matches()) {
            m = SHORT.matcher(t);
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String who = named(m.group(1));
        if (who.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Addressee(who, who, AddresseeKind.CONTROL));
    }

    /** The name a clause puts something on, cut at the sentence end, without the person named beside it. */
    static String named(String text) {
        String who = text;
        int end = who.indexOf(". ");
        if (end > 0 && !isInitial(who, end)) {
            who = who.substring(0, end);
        }
        who = PERSON.matcher(who).replaceAll(" ");
        return Words.squeeze(who.replaceAll("[\\s.;,–—-]+$", ""));
    }

    private static boolean isInitial(String s, int dot) {
        return dot >= 1 && Character.isUpperCase(s.charAt(dot - 1)) && (dot < 2 || !Character.isLetter(s.charAt(dot - 2)));
    }
}

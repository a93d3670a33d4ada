package dev.svod.parsing;

import dev.svod.protocol.Addressee;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items that name who carries them out in the accusative, not the dative an addressee phrase opens with:
 * <pre>
 * "Ответственность за организацию … возложить на ГБОДОРМ «Центр …» (директор - О.А. Уткина)."
 * "Ответственным за проведение … определить Министерство образования Республики … (Салаев Б.К.)."
 * "Назначить Министерство образования … региональным координатором, ответственным за …"
 * </pre>
 * The one named (as printed, without the person or the bracket beside it) becomes an addressee of the kind its name
 * has. A person alone ("Назначить Иванова И.И. ответственным …") names no body and gives nothing.
 */
final class Assignments {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL;
    private static final Pattern RESPONSIBILITY = Pattern.compile(
            "^(?:Персональную\\s+)?Ответственность\\s+(?:за\\s+)?[^.]{0,300}?\\s(?:возложить|возлагается|возложена)\\s+на\\s+(.+)$",
            FLAGS);
    private static final Pattern DESIGNATED = Pattern.compile(
            "^Ответственн(?:ым|ыми)\\s+(?:за\\s+[^.]{0,300}?\\s)?(?:определить|назначить|считать|является|являются)\\s+(.+)$",
            FLAGS);
    private static final Pattern APPOINTED = Pattern.compile(
            "^Назначить\\s+(.+?)\\s+(?:[а-яё-]+(?:ым|им)\\s+)*"
                    + "(?:координатор|оператор|куратор|организатор|исполнител|ответственн|уполномоченн)(?:ом|ем|ым|ыми|ами|ями)(?![а-яё]).*$",
            FLAGS);
    private static final Pattern TRAILING_BRACKET = Pattern.compile("\\s*\\([^()]*\\)\\s*$");

    private Assignments() {
    }

    /** The body an item of this kind puts the work on, if it is such an item naming a body. */
    static Optional<Addressee> read(String text, boolean regionalIssuer) {
        String t = Words.squeeze(text);
        for (Pattern p : new Pattern[] {RESPONSIBILITY, DESIGNATED, APPOINTED}) {
            Matcher m = p.matcher(t);
            if (m.matches()) {
                String who = name(m.group(1));
                boolean body = !who.isEmpty() && (p != APPOINTED || Character.isUpperCase(who.charAt(0)));
                return body ? Optional.of(new Addressee(who, who, AddresseeKinds.classify(who, regionalIssuer))) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static String name(String printed) {
        String who = ControlClauses.named(printed);
        int bracket = who.lastIndexOf('(');
        if (bracket > 0 && who.indexOf(')', bracket) < 0) {
            who = who.substring(0, bracket);
        }
        return Words.squeeze(TRAILING_BRACKET.matcher(who).replaceAll("").replaceAll("[\\s.;,–—-]+$", ""));
    }
}

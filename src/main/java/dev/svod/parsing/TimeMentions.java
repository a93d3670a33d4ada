package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The times a decision's text names anywhere in it, not only at its end: «провести 23 августа 2010 года
 * совещание», «провести в период с 25 по 27 августа т.г. совещания», «Провести до 15 мая 2011 года заседание»,
 * «вступает в силу со дня его официального опубликования». A mention is a run of time words
 * ({@link DeadlineLexer}) between other words or sentence punctuation, read by {@link DeadlineParser}.
 * <p>
 * Which of them is a deadline is decided here, because a date in a text is as often a reference ("приказ от
 * 12.03.2021", "№ 45"), a topic ("Комплекс мер … в 2012 году") or a horizon ("Стратегия … до 2030 года"):
 * <ul>
 *   <li>a day, a range of days, a "до"-date of a day or month: a deadline wherever it stands;</li>
 *   <li>"в течение 2010 года": a deadline; any time right after an event verb ("Провести в 2012 году"): too;</li>
 *   <li>a term counted from an event ("в течение 10 дней со дня подписания", "со дня опубликования"): RELATIVE;</li>
 *   <li>a time right after "от" or "№", and "до" + a year more than a year after the document: never.</li>
 * </ul>
 */
final class TimeMentions {

    /** A time named in a text, where it stands, and whether it reads as this decision's deadline. */
    record Mention(Deadline deadline, int start, int end, boolean deadlineLike) {
    }

    private static final Set<String> EVENT_VERBS = Set.of(
            "провести", "проводить", "организовать", "организовывать", "состоится", "состоятся", "подготовить",
            "проведение", "организация");
    private static final Pattern REFERENCE_BEFORE = Pattern.compile("(?:(?<![а-яё])от|№|(?<![а-яё])n)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CLOCK = Pattern.compile("\\s*\\d{1,2}:\\d{2}");
    private static final String CLAUSE_END = ".;:()\"«»";
    private static final int CLAUSE = 90;

    private TimeMentions() {
    }

    static List<Mention> find(String text, @Nullable LocalDate protocolDate) {
        List<DeadlineToken> t = DeadlineLexer.lex(text);
        List<Mention> found = new ArrayList<>();
        int i = 0;
        while (i < t.size()) {
            if (!opens(t, i)) {
                i++;
                continue;
            }
            int j = i;
            boolean point = false;
            while (j < t.size() && timeWord(text, t.get(j))) {
                point |= TimeExpressions.startsExpr(t, j);
                j++;
            }
            int last = j - 1;
            while (last > i && trailing(t.get(last))) {
                last--;
            }
            boolean anchorFollows = j < t.size() && t.get(j).is(Type.OTHER) && opensAnchor(t, i, j);
            if ((point || anchorFollows || t.get(i).is(Type.RECUR)) && !reference(text, t.get(i).start())) {
                int end = anchorFollows ? clauseEnd(text, t.get(j).start()) : t.get(last).end();
                Mention m = mention(text, t, i, end, protocolDate);
                if (m != null) {
                    found.add(m);
                }
            }
            i = Math.max(j, i + 1);
        }
        return found;
    }

    private static @Nullable Mention mention(String text, List<DeadlineToken> t, int i, int end, @Nullable LocalDate date) {
        int start = t.get(i).start();
        Deadline d = DeadlineParser.parse(text.substring(start, end), date);
        if (d.kind() == DeadlineKind.NONE || d.kind() == DeadlineKind.ONGOING || d.kind() == DeadlineKind.UNSPECIFIED
                || d.kind() == DeadlineKind.PERIODIC && !t.get(i).is(Type.RECUR)) {
            return null;
        }
        return new Mention(d, start, end, deadlineLike(text, t, i, end, d, date) && !clockTimeAfter(text, end));
    }

    private static boolean deadlineLike(String text, List<DeadlineToken> t, int i, int end, Deadline d, @Nullable LocalDate date) {
        Type lead = t.get(i).type();
        boolean days = false;
        boolean yearOnly = true;
        for (int k = i; k < t.size() && t.get(k).start() < end; k++) {
            days |= t.get(k).is(Type.DATE) || t.get(k).is(Type.DAY_MONTH);
            yearOnly &= !(t.get(k).is(Type.MONTH) || t.get(k).is(Type.QUARTER) || t.get(k).is(Type.HALF)
                    || t.get(k).is(Type.DATE) || t.get(k).is(Type.DAY_MONTH));
        }
        if (lead == Type.BY && yearOnly && horizon(d, date)) {
            return false;
        }
        if (d.kind() == DeadlineKind.RELATIVE) {
            return true;
        }
        if (d.kind() == DeadlineKind.PERIODIC) {
            // "еженедельно", "ежегодно": an adverb says how often to act; "ежегодных премий" names a thing
            return lead == Type.RECUR && text.substring(t.get(i).start(), t.get(i).end()).endsWith("о");
        }
        if (days || lead == Type.BY && !yearOnly) {
            return true;
        }
        if (lead == Type.DURING && (d.kind() == DeadlineKind.YEAR || d.kind() == DeadlineKind.RANGE)) {
            return true;
        }
        return afterEventVerb(t, i);
    }

    /** "до 2030 года" in a 2024 text is the horizon of a strategy or programme, not when to act. */
    static boolean horizon(Deadline d, @Nullable LocalDate date) {
        return d.to() != null && date != null && d.to().getYear() > date.getYear() + 1;
    }

    private static boolean afterEventVerb(List<DeadlineToken> t, int i) {
        int k = i - 1;
        return k >= 0 && t.get(k).is(Type.OTHER) && t.get(k).word() != null && EVENT_VERBS.contains(t.get(k).word());
    }

    /** Tokens a mention may start with: a preposition of time, a point, "по окончании", "еженедельно". */
    private static boolean opens(List<DeadlineToken> t, int i) {
        DeadlineToken k = t.get(i);
        return switch (k.type()) {
            case PO -> i + 1 < t.size() && t.get(i + 1).is(Type.END);
            case RECUR -> true;
            case BY, FROM, IN, DURING, START, END, DATE, DAY_MONTH, MONTH, QUARTER, HALF, YEAR, CURRENT_YEAR, NUMBER -> true;
            default -> false;
        };
    }

    /** Anything but another word or sentence punctuation continues a mention. */
    private static boolean timeWord(String text, DeadlineToken k) {
        if (k.is(Type.OTHER)) {
            return false;
        }
        return !(k.is(Type.FILLER) && k.word() == null && CLAUSE_END.indexOf(text.charAt(k.start())) >= 0);
    }

    private static boolean trailing(DeadlineToken k) {
        return switch (k.type()) {
            case BY, PO, FROM, IN, DURING, AND, COMMA, DASH, FILLER, AFTER, END, START, NUMBER -> true;
            default -> false;
        };
    }

    /** A term or an anchor word ("со дня", "после", "с момента") runs into the event's words: read to the clause end. */
    private static boolean opensAnchor(List<DeadlineToken> t, int i, int j) {
        DeadlineToken before = t.get(j - 1);
        boolean anchorWord = before.is(Type.AFTER) || before.is(Type.PERIOD) && before.b() == DeadlineToken.DAYS
                && j - 2 >= i && t.get(j - 2).is(Type.FROM);
        boolean ending = before.is(Type.END) && j - 2 >= i && t.get(j - 2).is(Type.PO)
                || before.is(Type.ACADEMIC) && j - 3 >= i && t.get(j - 2).is(Type.END) && t.get(j - 3).is(Type.PO);
        boolean moment = before.is(Type.FROM) && ("момента".equals(t.get(j).word()) || "даты".equals(t.get(j).word()));
        return anchorWord || ending || moment;
    }

    private static int clauseEnd(String text, int from) {
        int limit = Math.min(text.length(), from + CLAUSE);
        for (int k = from; k < limit; k++) {
            if (".;:(".indexOf(text.charAt(k)) >= 0 || text.charAt(k) == ',' && k > from + 20) {
                return k;
            }
        }
        return limit;
    }

    /** "08.02.2016 11:51:12": a web page's stamp, not a deadline. */
    private static boolean clockTimeAfter(String text, int end) {
        return CLOCK.matcher(text).region(end, text.length()).lookingAt();
    }

    private static boolean reference(String text, int start) {
        return REFERENCE_BEFORE.matcher(text.substring(Math.max(0, start - 4), start)).find();
    }
}

package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a deadline with a small grammar over {@link DeadlineLexer} tokens:
 * <pre>
 * deadline   := (recurrence | ongoing | bound | relative | event | unspecified | other)*   the first bound wins
 * bound      := preposition? modifier? expr
 * preposition:= до | не позднее | к | по  (by)  |  с (from)  |  в, на (in)  |  в течение (during)
 * modifier   := конца | начала
 * expr       := point ((- | по | до | и | ,) point)?  |  month month year  |  number (- | по) day-month year
 * point      := date | day month year? | dd.mm | month year? | quarter year? | half year? | year (- year)? учебный?
 *             | т.г. | текущего года | следующего года | (конца) года | (конца) учебного года | (конца) месяца
 * relative   := (в течение | не позднее | через) number? unit anchor?  |  в n-дневный / месячный срок anchor?
 * anchor     := (со дня | с момента | после | по окончании) …            the event the term counts from
 * event      := (после | по окончании | по завершении) words           an event without a date: RELATIVE
 * unspecified:= по мере необходимости | при необходимости | при … | в установленные сроки | по (отдельному) графику
 * </pre>
 * A point without a year takes the protocol's year (the next one when that would put it over a month before
 * the protocol). A DATE is one day, from = to: "до X" and "к X" end where X ends, "до начала X" where it
 * starts; a bare day is that day; a month, quarter, range or year is itself. A recurrence ("ежеквартально",
 * "1 раз в год") makes it PERIODIC, unless "постоянно" came first. A term counted from an event is RELATIVE,
 * with the event as the anchor and no dates (the event's day is not in the text), unless a "до"-date bounds it.
 * Every further time the text names is kept in {@link Deadline#otherDates()}.
 */
final class DeadlineParser {

    private DeadlineParser() {
    }

    /** What the token walk found; {@code -1} where nothing was. */
    private static final class Found {
        TimeExpressions.Expr bound;
        Type prep;
        Type edge;
        int boundAt = -1;
        final List<TimeExpressions.Expr> others = new ArrayList<>();
        int ongoingAt = -1;
        String recurrence;
        int recurAt = -1;
        boolean relative;
        int relativeAt = -1;
        int anchorAt = -1;
        int eventAt = -1;
        int unspecifiedAt = -1;
    }

    /** Reads a deadline; never throws; an unreadable text gives kind NONE with the raw text kept. */
    static Deadline parse(@Nullable String raw, @Nullable LocalDate protocolDate) {
        if (raw == null || raw.isBlank()) {
            return Deadline.NONE;
        }
        String text = clean(raw);
        List<DeadlineToken> t = DeadlineLexer.lex(text);
        Found f = new Found();
        Type prep = null;
        Type edge = null;
        int i = 0;
        while (i < t.size()) {
            DeadlineToken k = t.get(i);
            TimeExpressions.Expr e = TimeExpressions.startsExpr(t, i) ? TimeExpressions.expr(t, i, protocolDate) : null;
            if (e != null) {
                if (f.bound == null) {
                    f.bound = e;
                    f.prep = prep;
                    f.edge = edge;
                    f.boundAt = i;
                } else {
                    f.others.add(e);
                }
                i = Math.max(e.next(), i + 1);
                continue;
            }
            switch (k.type()) {
                case BY -> {
                    prep = Type.BY;
                    if (relativeTerm(t, i + 1)) {
                        markRelative(f, i);
                    }
                }
                case PO -> {
                    prep = prep == Type.FROM ? Type.FROM : Type.BY;
                    if (i + 1 < t.size() && t.get(i + 1).is(Type.END) && event(t, i + 2)) {
                        markEvent(f, i);
                    }
                }
                case FROM -> {
                    prep = Type.FROM;
                    if (f.relative && f.anchorAt < 0) {
                        f.anchorAt = i;
                    } else if (!f.relative && eventStart(t, i + 1)) {
                        markEvent(f, i);
                    }
                }
                case AFTER -> {
                    if (relativeTerm(t, i + 1)) {
                        markRelative(f, i);
                    } else if (f.relative && f.anchorAt < 0) {
                        f.anchorAt = i;
                    } else if (event(t, i + 1)) {
                        markEvent(f, i);
                    }
                }
                case IN -> prep = prep == Type.BY ? Type.BY : Type.IN;
                case DURING -> {
                    prep = Type.DURING;
                    if (relativeTerm(t, i + 1)) {
                        markRelative(f, i);
                    } else if (duringWholeYear(t, i + 1) && f.ongoingAt < 0) {
                        f.ongoingAt = i;
                    }
                }
                case END, START -> edge = k.type();
                case ONGOING -> {
                    if (f.ongoingAt < 0) {
                        f.ongoingAt = i;
                    }
                }
                case AS_NEEDED, UNSPECIFIED, WHEN -> {
                    if (f.unspecifiedAt < 0) {
                        f.unspecifiedAt = i;
                    }
                }
                case RECUR -> {
                    if (f.recurrence == null) {
                        f.recurrence = k.word();
                        f.recurAt = i;
                    }
                }
                case TIMES, EACH -> {
                    String r = Recurrences.times(t, i);
                    if (r != null && f.recurrence == null) {
                        f.recurrence = r;
                        f.recurAt = i;
                    }
                }
                case RELATIVE -> markRelative(f, i);
                case OTHER -> {
                    prep = null;
                    edge = null;
                }
                default -> {
                }
            }
            i++;
        }
        Deadline d = decide(text, t, f, protocolDate);
        return f.others.isEmpty() || d.kind() == DeadlineKind.NONE ? d : d.withOtherDates(ends(f.others, protocolDate));
    }

    private static void markRelative(Found f, int at) {
        if (!f.relative) {
            f.relative = true;
            f.relativeAt = at;
        }
    }

    private static void markEvent(Found f, int at) {
        if (f.eventAt < 0) {
            f.eventAt = at;
        }
    }

    private static Deadline decide(String raw, List<DeadlineToken> t, Found f, @Nullable LocalDate context) {
        TimeExpressions.Expr resolved = f.bound == null ? null : TimeExpressions.resolve(f.bound, context);
        boolean relativeFirst = f.relative && (resolved == null || f.relativeAt < f.boundAt && f.prep != Type.BY);
        boolean eventFirst = f.eventAt >= 0 && (resolved == null || f.eventAt < f.boundAt);
        if (f.recurrence == null && (relativeFirst || eventFirst)) {
            int anchor = relativeFirst ? f.anchorAt : f.eventAt;
            return new Deadline(DeadlineKind.RELATIVE, null, null, null, raw, false, anchor(raw, t, anchor), List.of());
        }
        if (resolved != null) {
            LocalDate start = resolved.from().start();
            LocalDate finish = (resolved.to() != null ? resolved.to() : resolved.from()).end();
            if (start != null && finish != null) {
                return bounded(raw, f, resolved, start, finish);
            }
        }
        if (f.recurrence != null) {
            boolean ongoingFirst = f.ongoingAt >= 0 && f.ongoingAt < f.recurAt;
            return deadline(ongoingFirst ? DeadlineKind.ONGOING : DeadlineKind.PERIODIC, null, null, f.recurrence, raw);
        }
        if (f.ongoingAt >= 0) {
            return deadline(DeadlineKind.ONGOING, null, null, null, raw);
        }
        if (f.unspecifiedAt >= 0) {
            return deadline(DeadlineKind.UNSPECIFIED, null, null, null, raw);
        }
        return new Deadline(DeadlineKind.NONE, null, null, null, raw, false);
    }

    private static Deadline bounded(String raw, Found f, TimeExpressions.Expr resolved, LocalDate start, LocalDate finish) {
        DeadlineKind kind;
        LocalDate from = start;
        LocalDate to = finish;
        if (f.edge == Type.START) {
            kind = DeadlineKind.DATE;
            to = start;
        } else if (f.edge == Type.END || f.prep == Type.BY) {
            kind = DeadlineKind.DATE;
            from = finish;
        } else if (f.prep == Type.FROM && resolved.to() == null) {
            kind = DeadlineKind.RANGE;
            to = null;
        } else if (resolved.to() != null) {
            kind = DeadlineKind.RANGE;
        } else {
            kind = switch (resolved.from().unit()) {
                case DAY -> DeadlineKind.DATE;
                case MONTH -> DeadlineKind.MONTH;
                case YEAR -> resolved.from().lastYear() != null
                        && !resolved.from().lastYear().equals(resolved.from().year())
                        ? DeadlineKind.RANGE : DeadlineKind.YEAR;
                default -> DeadlineKind.RANGE;
            };
        }
        if (f.recurrence != null) {
            boolean explicitSpan = resolved.from().explicitYear() && kind != DeadlineKind.DATE;
            if (f.ongoingAt >= 0 && f.ongoingAt < f.recurAt) {
                return deadline(DeadlineKind.ONGOING, from, to, f.recurrence, raw);
            }
            return explicitSpan ? deadline(DeadlineKind.PERIODIC, from, to, f.recurrence, raw)
                    : deadline(DeadlineKind.PERIODIC, null, null, f.recurrence, raw);
        }
        if (f.ongoingAt >= 0 && f.ongoingAt < f.boundAt) {
            return deadline(DeadlineKind.ONGOING, from, to, null, raw);
        }
        return deadline(kind, from, to, null, raw);
    }

    /** The last day of each further time named, in order. */
    private static List<LocalDate> ends(List<TimeExpressions.Expr> others, @Nullable LocalDate context) {
        List<LocalDate> out = new ArrayList<>();
        for (TimeExpressions.Expr e : others) {
            TimeExpressions.Expr r = TimeExpressions.resolve(e, context);
            LocalDate end = r == null ? null : (r.to() != null ? r.to() : r.from()).end();
            if (end != null) {
                out.add(end);
            }
        }
        return out;
    }

    /** The event a term counts from, as printed from its first word to the end: "со дня подписания приказа". */
    private static @Nullable String anchor(String raw, List<DeadlineToken> t, int at) {
        if (at < 0 || at >= t.size()) {
            return null;
        }
        String anchor = raw.substring(t.get(at).start()).strip();
        int end = anchor.length();
        while (end > 0 && ".;:, ".indexOf(anchor.charAt(end - 1)) >= 0) {
            end--;
        }
        return end == 0 ? null : anchor.substring(0, end);
    }

    /** "10 дней", "месяца", "двух недель", "10-дневный срок": a count and a unit at {@code i}. */
    private static boolean relativeTerm(List<DeadlineToken> t, int i) {
        while (i < t.size() && t.get(i).is(Type.FILLER)) {
            i++;
        }
        if (i < t.size() && t.get(i).is(Type.RELATIVE)) {
            return true;
        }
        if (i < t.size() && t.get(i).is(Type.NUMBER)) {
            i++;
            while (i < t.size() && t.get(i).is(Type.FILLER)) {
                i++;
            }
        }
        return i < t.size() && t.get(i).is(Type.PERIOD);
    }

    /** "(со) дня подписания", "(с) момента опубликования", "(с) даты принятия": an event a term starts from. */
    private static boolean eventStart(List<DeadlineToken> t, int i) {
        if (i >= t.size()) {
            return false;
        }
        DeadlineToken k = t.get(i);
        boolean day = k.is(Type.PERIOD) && k.b() == DeadlineToken.DAYS
                || k.is(Type.OTHER) && ("момента".equals(k.word()) || "даты".equals(k.word()));
        return day && event(t, i + 1);
    }

    /** An event rather than a time after "после" / "по окончании": "после получения", "по завершении процесса". */
    private static boolean event(List<DeadlineToken> t, int i) {
        while (i < t.size() && (t.get(i).is(Type.FILLER) || t.get(i).is(Type.ACADEMIC))) {
            i++;
        }
        return i < t.size() && t.get(i).is(Type.OTHER);
    }

    private static Deadline deadline(DeadlineKind kind, @Nullable LocalDate from, @Nullable LocalDate to,
                                     @Nullable String recurrence, String raw) {
        if (from != null && to != null && from.isAfter(to)) {
            LocalDate swap = from;
            from = to;
            to = swap;
        }
        return new Deadline(kind, from, to, recurrence, raw, false);
    }

    /** "в течение года", "в течение учебного года", "в течение всего периода": all along, no end given. */
    private static boolean duringWholeYear(List<DeadlineToken> t, int i) {
        int first = i;
        while (i < t.size() && t.get(i).is(Type.FILLER)) {
            i++;
        }
        if (i < t.size() && t.get(i).is(Type.ACADEMIC)) {
            i++;
        }
        if (i < t.size() && t.get(i).is(Type.YEAR_WORD)) {
            return true;
        }
        return i == t.size() && i > first && "периода".equals(t.get(i - 1).word());
    }

    /** The deadline text without the "Срок:" label and the end punctuation. */
    static String clean(String raw) {
        String s = Words.squeeze(raw);
        int from = 0;
        while (from < s.length() && ":–—-. ".indexOf(s.charAt(from)) >= 0) {
            from++;
        }
        int to = s.length();
        while (to > from && ".;, ".indexOf(s.charAt(to - 1)) >= 0) {
            to--;
        }
        String out = s.substring(from, to);
        boolean yearAbbreviation = to < s.length() && s.charAt(to) == '.' && (out.endsWith(" г") || out.endsWith("гг"));
        return yearAbbreviation ? out + "." : out;
    }
}

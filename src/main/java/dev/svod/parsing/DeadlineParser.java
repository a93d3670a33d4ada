package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;
import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * Reads a deadline with a small grammar over {@link DeadlineLexer} tokens:
 * <pre>
 * deadline   := (recurrence | ongoing | bound | relative | other)*      the first bound wins
 * bound      := preposition? modifier? expr
 * preposition:= до | не позднее | к | по  (by)  |  с (from)  |  в, на (in)  |  в течение (during)
 * modifier   := конца | начала
 * expr       := point ((- | по | до | и | ,) point)?  |  month month year  |  number - day-month year
 * point      := date | day month year? | month year? | quarter year? | half year? | year (- year)? учебный?
 *             | т.г. | текущего года | следующего года
 * </pre>
 * A point without a year takes the protocol's year (the next one when that would put it over a month before
 * the protocol). "до X" is a DATE ending where X ends; a bare day is that day; a month, quarter, range or year
 * is itself. A recurrence ("ежеквартально", "1 раз в год") makes it PERIODIC, unless "постоянно" came first.
 */
final class DeadlineParser {

    private DeadlineParser() {
    }

    /** Reads a deadline; never throws; an unreadable text gives kind NONE with the raw text kept. */
    static Deadline parse(@Nullable String raw, @Nullable LocalDate protocolDate) {
        if (raw == null || raw.isBlank()) {
            return Deadline.NONE;
        }
        String text = clean(raw);
        List<DeadlineToken> t = DeadlineLexer.lex(text);
        Type prep = null;
        Type edge = null;
        TimeExpressions.Expr bound = null;
        Type boundPrep = null;
        Type boundEdge = null;
        int boundAt = -1;
        int ongoingAt = -1;
        String recurrence = null;
        int recurAt = -1;
        int[] relative = null;
        int i = 0;
        while (i < t.size()) {
            DeadlineToken k = t.get(i);
            TimeExpressions.Expr e = TimeExpressions.startsExpr(t, i) ? TimeExpressions.expr(t, i, protocolDate) : null;
            if (e != null) {
                if (bound == null) {
                    bound = e;
                    boundPrep = prep;
                    boundEdge = edge;
                    boundAt = i;
                }
                i = Math.max(e.next(), i + 1);
                continue;
            }
            switch (k.type()) {
                case BY -> prep = Type.BY;
                case PO -> prep = prep == Type.FROM ? Type.FROM : Type.BY;
                case FROM -> prep = Type.FROM;
                case IN -> prep = prep == Type.BY ? Type.BY : Type.IN;
                case DURING -> {
                    prep = Type.DURING;
                    int[] rel = during(t, i + 1);
                    if (rel != null && relative == null) {
                        relative = rel;
                    } else if (rel == null && duringWholeYear(t, i + 1) && ongoingAt < 0) {
                        ongoingAt = i;
                    }
                }
                case END, START -> edge = k.type();
                case ONGOING, AS_NEEDED -> {
                    if (ongoingAt < 0) {
                        ongoingAt = i;
                    }
                    if (k.is(Type.AS_NEEDED) && recurrence == null) {
                        recurrence = "as needed";
                        recurAt = Integer.MAX_VALUE;
                    }
                }
                case RECUR -> {
                    if (recurrence == null) {
                        recurrence = k.word();
                        recurAt = i;
                    }
                }
                case TIMES, EACH -> {
                    String r = Recurrences.times(t, i);
                    if (r != null && recurrence == null) {
                        recurrence = r;
                        recurAt = i;
                    }
                }
                case RELATIVE -> {
                    if (relative == null) {
                        relative = new int[] {k.a(), k.b()};
                    }
                }
                case OTHER -> {
                    prep = null;
                    edge = null;
                }
                default -> {
                }
            }
            i++;
        }
        return decide(text, bound, boundPrep, boundEdge, boundAt, ongoingAt, recurrence, recurAt, relative, protocolDate);
    }

    private static Deadline decide(String raw, @Nullable TimeExpressions.Expr bound, @Nullable Type prep, @Nullable Type edge, int boundAt,
                                   int ongoingAt, @Nullable String recurrence, int recurAt, int @Nullable [] relative,
                                   @Nullable LocalDate context) {
        TimeExpressions.Expr resolved = bound == null ? null : TimeExpressions.resolve(bound, context);
        if (resolved != null) {
            LocalDate start = resolved.from().start();
            LocalDate finish = (resolved.to() != null ? resolved.to() : resolved.from()).end();
            if (start != null && finish != null) {
                DeadlineKind kind;
                LocalDate from = start;
                LocalDate to = finish;
                if (edge == Type.START) {
                    kind = DeadlineKind.DATE;
                    from = null;
                    to = start;
                } else if (edge == Type.END || prep == Type.BY) {
                    kind = DeadlineKind.DATE;
                    from = null;
                } else if (prep == Type.FROM && resolved.to() == null) {
                    kind = DeadlineKind.ONGOING;
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
                if (recurrence != null) {
                    boolean explicitSpan = resolved.from().explicitYear() && kind != DeadlineKind.DATE;
                    if (ongoingAt >= 0 && ongoingAt < recurAt) {
                        return deadline(DeadlineKind.ONGOING, from, to, recurrence, raw);
                    }
                    return explicitSpan ? deadline(DeadlineKind.PERIODIC, from, to, recurrence, raw)
                            : deadline(DeadlineKind.PERIODIC, null, null, recurrence, raw);
                }
                if (ongoingAt >= 0 && ongoingAt < boundAt) {
                    return deadline(DeadlineKind.ONGOING, from, to, null, raw);
                }
                return deadline(kind, from, to, null, raw);
            }
        }
        if (recurrence != null) {
            boolean ongoingFirst = ongoingAt >= 0 && ongoingAt < recurAt;
            return deadline(ongoingFirst ? DeadlineKind.ONGOING : DeadlineKind.PERIODIC, null, null, recurrence, raw);
        }
        if (relative != null && context != null) {
            return deadline(DeadlineKind.DATE, null, plus(context, relative[0], relative[1]), null, raw);
        }
        if (ongoingAt >= 0) {
            return deadline(DeadlineKind.ONGOING, null, null, null, raw);
        }
        return new Deadline(DeadlineKind.NONE, null, null, null, raw, false);
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

    /** "в течение 10 дней", "в течение месяца", "в течение двух недель": a count and a unit. */
    private static int @Nullable [] during(List<DeadlineToken> t, int i) {
        int n = 1;
        if (i < t.size() && t.get(i).is(Type.NUMBER)) {
            n = t.get(i).a();
            i++;
        }
        if (i < t.size() && t.get(i).is(Type.PERIOD)) {
            return new int[] {n, t.get(i).b()};
        }
        return null;
    }

    /** "в течение года", "в течение учебного года": all along, no end given. */
    private static boolean duringWholeYear(List<DeadlineToken> t, int i) {
        if (i < t.size() && t.get(i).is(Type.ACADEMIC)) {
            i++;
        }
        return i < t.size() && t.get(i).is(Type.YEAR_WORD);
    }

    private static LocalDate plus(LocalDate d, int n, int unit) {
        return switch (unit) {
            case DeadlineToken.DAYS -> d.plusDays(n);
            case DeadlineToken.WEEKS -> d.plusWeeks(n);
            case DeadlineToken.QUARTERS -> d.plusMonths(3L * n);
            case DeadlineToken.HALF_YEARS -> d.plusMonths(6L * n);
            case DeadlineToken.YEARS -> d.plusYears(n);
            default -> d.plusMonths(n);
        };
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

package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;

/**
 * The time expressions of the deadline grammar ({@link DeadlineParser}): points ("01.12.2020", "1 марта 2022",
 * "март", "I квартал 2022", "2022-2023 учебный год", "т.г.") and spans of two points ("март-июнь 2022",
 * "с 1 февраля по 15 марта", "январь февраль 2022", "1-15 марта"), with years carried across a span and, when
 * none is printed, taken from the protocol's date.
 */
final class TimeExpressions {

    /** A point, or a span from one point to another, and the index of the token after it. */
    record Expr(TimePoint from, @Nullable TimePoint to, int next) {
    }

    private record Parsed(TimePoint point, int next) {
    }

    private TimeExpressions() {
    }

    static boolean startsExpr(List<DeadlineToken> t, int i) {
        DeadlineToken k = t.get(i);
        if (k.startsPoint()) {
            return true;
        }
        if ((k.is(Type.CURRENT) || k.is(Type.NEXT)) && i + 1 < t.size()) {
            return t.get(i + 1).is(Type.YEAR_WORD) || t.get(i + 1).is(Type.ACADEMIC);
        }
        if (k.is(Type.NUMBER)) {
            return i + 2 < t.size() && (t.get(i + 1).is(Type.DASH) || t.get(i + 1).is(Type.PO))
                    && t.get(i + 2).is(Type.DAY_MONTH);
        }
        return endOfCurrent(t, i);
    }

    /** "(до) конца года", "конца учебного года", "конца месяца": the protocol's own year, academic year or month. */
    private static boolean endOfCurrent(List<DeadlineToken> t, int i) {
        if (i == 0 || !t.get(i - 1).is(Type.END)) {
            return false;
        }
        DeadlineToken k = t.get(i);
        return k.is(Type.YEAR_WORD)
                || k.is(Type.ACADEMIC) && i + 1 < t.size() && t.get(i + 1).is(Type.YEAR_WORD)
                || k.is(Type.PERIOD) && (k.b() == DeadlineToken.MONTHS || k.b() == DeadlineToken.QUARTERS
                || k.b() == DeadlineToken.HALF_YEARS);
    }

    static @Nullable Expr expr(List<DeadlineToken> t, int i, @Nullable LocalDate context) {
        if (t.get(i).is(Type.NUMBER)) {
            Parsed last = point(t, i + 2, context);
            if (last == null) {
                return null;
            }
            TimePoint p = last.point();
            TimePoint first = new TimePoint(TimePoint.Unit.DAY, t.get(i).a(), p.last(), p.year(), null, p.explicitYear());
            return new Expr(first, p, last.next());
        }
        Parsed p1 = point(t, i, context);
        if (p1 == null) {
            return null;
        }
        int j = p1.next();
        if (j + 1 < t.size()) {
            DeadlineToken link = t.get(j);
            boolean months = p1.point().unit() == TimePoint.Unit.MONTH;
            boolean linked = link.is(Type.DASH) || link.is(Type.PO) || link.is(Type.BY)
                    || ((link.is(Type.AND) || link.is(Type.COMMA)) && months && t.get(j + 1).is(Type.MONTH));
            if (linked && t.get(j + 1).startsPoint()) {
                Parsed p2 = point(t, j + 1, context);
                if (p2 != null) {
                    return span(p1.point(), p2.point(), p2.next());
                }
            }
        }
        if (j < t.size() && p1.point().unit() == TimePoint.Unit.MONTH && !p1.point().hasYear() && t.get(j).is(Type.MONTH)) {
            Parsed p2 = point(t, j, context);
            if (p2 != null) {
                return span(p1.point(), p2.point(), p2.next());
            }
        }
        return new Expr(p1.point(), null, j);
    }

    private static Expr span(TimePoint first, TimePoint last, int next) {
        if (!first.hasYear() && last.hasYear()) {
            int y = last.year() - (first.firstMonth() > last.firstMonth() ? 1 : 0);
            first = first.withYear(y, last.explicitYear());
        } else if (first.hasYear() && !last.hasYear()) {
            int base = first.lastYear() != null ? first.lastYear() : first.year();
            int y = base + (last.firstMonth() < first.firstMonth() && first.unit() != TimePoint.Unit.YEAR ? 1 : 0);
            last = last.withYear(y, first.explicitYear());
        }
        return new Expr(first, last, next);
    }

    private static @Nullable Parsed point(List<DeadlineToken> t, int i, @Nullable LocalDate context) {
        if (i >= t.size()) {
            return null;
        }
        DeadlineToken k = t.get(i);
        return switch (k.type()) {
            case DATE -> k.date() == null ? null : new Parsed(TimePoint.day(k.date()), i + 1);
            case DAY_MONTH -> withYear(TimePoint.day(k.a(), k.b()), t, i + 1, context);
            case MONTH -> withYear(TimePoint.month(k.a()), t, i + 1, context);
            case QUARTER -> withYear(new TimePoint(TimePoint.Unit.QUARTER, k.a(), Math.max(k.a(), k.b()), null, null, false),
                    t, i + 1, context);
            case HALF -> withYear(new TimePoint(TimePoint.Unit.HALF, k.a(), k.b(), null, null, false), t, i + 1, context);
            case YEAR -> years(t, i);
            case CURRENT_YEAR -> context == null ? null : new Parsed(TimePoint.year(context.getYear(), false), i + 1);
            case CURRENT, NEXT -> relativeYear(t, i, context);
            case YEAR_WORD, ACADEMIC, PERIOD -> endOfCurrent(t, i) ? current(t, i, context) : null;
            default -> null;
        };
    }

    private static Parsed years(List<DeadlineToken> t, int i) {
        int first = t.get(i).a();
        int j = i + 1;
        TimePoint p;
        boolean range = j + 1 < t.size() && t.get(j).is(Type.DASH) && t.get(j + 1).is(Type.YEAR);
        int last = range ? t.get(j + 1).a() : first;
        if (range) {
            j += 2;
        }
        if (j < t.size() && t.get(j).is(Type.ACADEMIC)) {
            p = new TimePoint(TimePoint.Unit.ACADEMIC, 9, 8, first, range ? Math.max(last, first + 1) : first + 1, true);
            j++;
        } else {
            p = range ? TimePoint.years(first, last) : TimePoint.year(first, true);
        }
        while (j < t.size() && t.get(j).is(Type.YEAR_WORD)) {
            j++;
        }
        return new Parsed(p, j);
    }

    private static @Nullable Parsed relativeYear(List<DeadlineToken> t, int i, @Nullable LocalDate context) {
        if (context == null || i + 1 >= t.size()) {
            return null;
        }
        int shift = t.get(i).is(Type.NEXT) ? 1 : 0;
        if (t.get(i + 1).is(Type.YEAR_WORD)) {
            return new Parsed(TimePoint.year(context.getYear() + shift, false), i + 2);
        }
        if (t.get(i + 1).is(Type.ACADEMIC)) {
            int start = (context.getMonthValue() >= 9 ? context.getYear() : context.getYear() - 1) + shift;
            int j = i + 2;
            while (j < t.size() && t.get(j).is(Type.YEAR_WORD)) {
                j++;
            }
            return new Parsed(TimePoint.academic(start, false), j);
        }
        return null;
    }

    /** The year, academic year, month, quarter or half-year the protocol's date falls in. */
    private static @Nullable Parsed current(List<DeadlineToken> t, int i, @Nullable LocalDate context) {
        if (context == null) {
            return null;
        }
        DeadlineToken k = t.get(i);
        int y = context.getYear();
        if (k.is(Type.ACADEMIC)) {
            return new Parsed(TimePoint.academic(context.getMonthValue() >= 9 ? y : y - 1, false), i + 2);
        }
        if (k.is(Type.YEAR_WORD)) {
            return new Parsed(TimePoint.year(y, false), i + 1);
        }
        int month = context.getMonthValue();
        TimePoint p = switch (k.b()) {
            case DeadlineToken.QUARTERS -> new TimePoint(TimePoint.Unit.QUARTER, (month + 2) / 3, (month + 2) / 3, y, null, false);
            case DeadlineToken.HALF_YEARS -> new TimePoint(TimePoint.Unit.HALF, month <= 6 ? 1 : 2, month <= 6 ? 1 : 2, y, null, false);
            default -> TimePoint.month(month).withYear(y, false);
        };
        return new Parsed(p, i + 1);
    }

    /** Attaches a following year ("2022", ", 2022", "т.г.", "текущего года") to a point that lacks one. */
    private static Parsed withYear(TimePoint p, List<DeadlineToken> t, int j, @Nullable LocalDate context) {
        int k = j < t.size() && t.get(j).is(Type.COMMA) ? j + 1 : j;
        if (k < t.size()) {
            DeadlineToken y = t.get(k);
            boolean yearSpan = k + 2 < t.size() && t.get(k + 1).is(Type.DASH) && t.get(k + 2).is(Type.YEAR);
            if (y.is(Type.YEAR) && !yearSpan) {
                int next = k + 1;
                while (next < t.size() && t.get(next).is(Type.YEAR_WORD)) {
                    next++;
                }
                return new Parsed(p.withYear(y.a(), true), next);
            }
            if (context != null && y.is(Type.CURRENT_YEAR)) {
                return new Parsed(p.withYear(context.getYear(), false), k + 1);
            }
            if (context != null && (y.is(Type.CURRENT) || y.is(Type.NEXT)) && k + 1 < t.size()
                    && t.get(k + 1).is(Type.YEAR_WORD)) {
                return new Parsed(p.withYear(context.getYear() + (y.is(Type.NEXT) ? 1 : 0), false), k + 2);
            }
        }
        return new Parsed(p, j);
    }

    /** Fills missing years from the protocol's date; null when there is no date to take them from. */
    static @Nullable Expr resolve(Expr e, @Nullable LocalDate context) {
        TimePoint from = e.from();
        TimePoint to = e.to();
        if (from.hasYear() && (to == null || to.hasYear())) {
            return e;
        }
        if (context == null) {
            return null;
        }
        int y = context.getYear();
        TimePoint probe = (to != null ? to : from).withYear(y, false);
        LocalDate probeEnd = probe.end();
        if (probeEnd != null && probeEnd.isBefore(context.minusDays(31))) {
            y++;
        }
        if (to == null) {
            return new Expr(from.withYear(y, false), null, e.next());
        }
        Expr filled = span(from, to.withYear(y, false), e.next());
        return filled.from().hasYear() ? filled : new Expr(filled.from().withYear(y, false), filled.to(), e.next());
    }

}

package dev.svod.calendar;

import dev.svod.search.InvalidQueryException;
import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a deadline calendar covers, inclusive: a month ({@code 2022-03}), a quarter ({@code 2022-Q1}) or
 * a range of days; the current month when none is given.
 */
public record CalendarPeriod(LocalDate from, LocalDate to) {

    /** Two years: enough for a plan; a calendar of decades is a search, not a calendar. */
    static final long MAX_DAYS = 731;
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-[QqКк]([1-4])");

    public CalendarPeriod {
        if (to.isBefore(from)) {
            throw new InvalidQueryException("Конец периода (to) раньше его начала (from).");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new InvalidQueryException("Календарь охватывает не больше двух лет; выберите период короче.");
        }
    }

    /**
     * Reads the period from the query: exactly one of month, quarter, or from with to.
     *
     * @param today the month shown when nothing is chosen
     */
    static CalendarPeriod of(@Nullable String from, @Nullable String to, @Nullable String month,
                             @Nullable String quarter, LocalDate today) {
        int given = (blank(month) ? 0 : 1) + (blank(quarter) ? 0 : 1) + (blank(from) && blank(to) ? 0 : 1);
        if (given > 1) {
            throw new InvalidQueryException("Укажите что-то одно: месяц (month), квартал (quarter) или период (from и to).");
        }
        if (!blank(month)) {
            return month(parseMonth(month.strip()));
        }
        if (!blank(quarter)) {
            return quarter(quarter.strip());
        }
        if (blank(from) || blank(to)) {
            if (blank(from) && blank(to)) {
                return month(YearMonth.from(today));
            }
            throw new InvalidQueryException("Для периода нужны обе даты: from и to (ГГГГ-ММ-ДД).");
        }
        return new CalendarPeriod(date(from, "from"), date(to, "to"));
    }

    static CalendarPeriod month(YearMonth month) {
        return new CalendarPeriod(month.atDay(1), month.atEndOfMonth());
    }

    /** A short name for file names: "2022-03", "2022-Q1" or "2022-03-01_2022-04-15". */
    String label() {
        YearMonth first = YearMonth.from(from);
        if (from.equals(first.atDay(1)) && to.equals(first.atEndOfMonth())) {
            return first.toString();
        }
        YearMonth last = YearMonth.from(to);
        if (from.getDayOfMonth() == 1 && to.equals(last.atEndOfMonth()) && first.getYear() == last.getYear()
                && (first.getMonthValue() - 1) % 3 == 0 && last.getMonthValue() == first.getMonthValue() + 2) {
            return first.getYear() + "-Q" + ((first.getMonthValue() - 1) / 3 + 1);
        }
        return from + "_" + to;
    }

    private static CalendarPeriod quarter(String value) {
        Matcher m = QUARTER.matcher(value);
        if (!m.matches()) {
            throw new InvalidQueryException("Квартал (quarter) пишется как 2022-Q1, а не «" + value + "».");
        }
        YearMonth first = YearMonth.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1);
        return new CalendarPeriod(first.atDay(1), first.plusMonths(2).atEndOfMonth());
    }

    private static YearMonth parseMonth(String value) {
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Месяц (month) пишется как 2022-03, а не «" + value + "».");
        }
    }

    private static LocalDate date(String value, String name) {
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidQueryException("Дата " + name + " должна быть в виде ГГГГ-ММ-ДД, а не «" + value + "».");
        }
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}

package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as Russian protocols print them: month names in every case ("января", "в январе", "январём"),
 * numeric dates with the typist's slips ("01.12. 2020", "01.05 2022", "01..05.2022", "1.9.22"), and the year
 * words after them ("г.", "года", "г. г.", "гг.").
 */
final class RussianDates {

    private static final Map<String, Integer> MONTHS = new HashMap<>();

    static {
        String[] soft = {"январ", "феврал", null, "апрел", null, "июн", "июл", null, "сентябр", "октябр", "ноябр", "декабр"};
        for (int m = 0; m < soft.length; m++) {
            if (soft[m] != null) {
                for (String ending : new String[] {"ь", "я", "е", "ю", "ем", "ём"}) {
                    MONTHS.put(soft[m] + ending, m + 1);
                }
            }
        }
        for (String ending : new String[] {"", "а", "е", "у", "ом"}) {
            MONTHS.put("март" + ending, 3);
            MONTHS.put("август" + ending, 8);
        }
        for (String form : new String[] {"май", "мая", "мае", "маю", "маем"}) {
            MONTHS.put(form, 5);
        }
        String[] abbreviations = {"янв", "фев", "мар", "апр", null, "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
        for (int m = 0; m < abbreviations.length; m++) {
            if (abbreviations[m] != null) {
                MONTHS.put(abbreviations[m] + ".", m + 1);
            }
        }
        MONTHS.put("сент.", 9);
        MONTHS.put("февр.", 2);
    }

    /** Any spelling of a month: the alternation used inside other patterns, longest first. */
    static final String MONTH_WORD = "(?:январ[ьяеюём]{1,2}|феврал[ьяеюём]{1,2}|март(?:ом|[аеу])?|апрел[ьяеюём]{1,2}"
            + "|ма(?:ем|[йяею])|июн[ьяеюём]{1,2}|июл[ьяеюём]{1,2}|август(?:ом|[аеу])?|сентябр[ьяеюём]{1,2}"
            + "|октябр[ьяеюём]{1,2}|ноябр[ьяеюём]{1,2}|декабр[ьяеюём]{1,2})(?![а-яё])";

    /** Year words after a year: "г.", "г", "гг.", "года", "году", "г. г.". */
    static final String YEAR_SUFFIX = "(?:\\s*(?:гг?\\.?|год(?:а|у|ом)?|годов|годы)(?![а-яё]))?(?:\\s*г\\.(?![а-яё]))?";

    private static final Pattern NUMERIC = Pattern.compile(
            "(?<![\\d.])(\\d{1,2})\\s?\\.{1,2}\\s?(\\d{1,2})(?:\\s?[.]{1,2}\\s?(\\d{4}|\\d{2})|\\s(\\d{4}))(?!\\d)"
                    + "|(?<![\\d/])(\\d{1,2})/(\\d{1,2})/(\\d{4})(?!\\d)");
    private static final Pattern VERBAL = Pattern.compile(
            "(?<!\\d)(\\d{1,2})(?:-?го)?\\s+(" + MONTH_WORD + ")\\s*,?\\s*((?:19|20)\\d{2})(?!\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private RussianDates() {
    }

    /** The month a word names, in any case: "января" → 1, "в мае" → 5 (word only), "сент." → 9. */
    static OptionalInt month(String word) {
        Integer m = MONTHS.get(Words.lower(word.trim()));
        if (m == null && word.endsWith(".")) {
            m = MONTHS.get(Words.lower(word.trim().substring(0, word.trim().length() - 1)));
        }
        return m == null ? OptionalInt.empty() : OptionalInt.of(m);
    }

    /** A year as printed: "2022" → 2022, "22" → 2022; empty outside 1990–2099. */
    static OptionalInt year(String digits) {
        try {
            int y = Integer.parseInt(digits.trim());
            if (digits.trim().length() == 2) {
                y += 2000;
            }
            return y >= 1990 && y <= 2099 ? OptionalInt.of(y) : OptionalInt.empty();
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /** The date, when day, month and year make one (no 31 февраля). */
    static Optional<LocalDate> date(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    static LocalDate endOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).plusMonths(1).minusDays(1);
    }

    /** A date found in a text, with where it stands. */
    record Found(LocalDate date, int start, int end) {
    }

    /** Every full date (with a year) in the text, in order: "от 23 октября 2020 года", "30.03.2021". */
    static List<Found> findAll(String text) {
        List<Found> found = new ArrayList<>();
        Matcher numeric = NUMERIC.matcher(text);
        while (numeric.find()) {
            numeric(numeric).ifPresent(d -> found.add(new Found(d, numeric.start(), numeric.end())));
        }
        Matcher verbal = VERBAL.matcher(text);
        while (verbal.find()) {
            OptionalInt m = month(verbal.group(2));
            OptionalInt y = year(verbal.group(3));
            if (m.isPresent() && y.isPresent()) {
                date(y.getAsInt(), m.getAsInt(), Integer.parseInt(verbal.group(1)))
                        .ifPresent(d -> found.add(new Found(d, verbal.start(), verbal.end())));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    static Optional<LocalDate> first(String text) {
        List<Found> all = findAll(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0).date());
    }

    /** Reads a numeric date at the start of a region, for the deadline lexer. */
    static @Nullable Found numericAt(String text, int from) {
        Matcher m = NUMERIC.matcher(text);
        m.region(from, text.length());
        m.useTransparentBounds(true);
        if (m.lookingAt()) {
            Optional<LocalDate> d = numeric(m);
            if (d.isPresent()) {
                return new Found(d.get(), m.start(), m.end());
            }
        }
        return null;
    }

    private static Optional<LocalDate> numeric(Matcher m) {
        String day = m.group(1) != null ? m.group(1) : m.group(5);
        String month = m.group(2) != null ? m.group(2) : m.group(6);
        String yearDigits = m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4) : m.group(7);
        OptionalInt y = year(yearDigits);
        if (y.isEmpty()) {
            return Optional.empty();
        }
        return date(y.getAsInt(), Integer.parseInt(month), Integer.parseInt(day));
    }
}

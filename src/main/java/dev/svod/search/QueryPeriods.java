package dev.svod.search;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Deadline periods in a query: a month («в декабре», «к сентябрю 2022», «март 2022 года»), a quarter («первый
 * квартал 2022», «в IV квартале»), a half-year («во втором полугодии»), the end of a year («до конца года»)
 * or a year («в 2022 году»). «к»/«до» before a month means due by its end, from the start of that year.
 * Without a year the period is meant every year: one period per year from {@link #FIRST_YEAR} to two years
 * ahead, so «поручения со сроком в декабре» finds every December.
 */
final class QueryPeriods {

    static final int FIRST_YEAR = 2000;

    private static final List<String> MONTHS = List.of("январь", "февраль", "март", "апрель", "май", "июнь", "июль",
            "август", "сентябрь", "октябрь", "ноябрь", "декабрь");
    /** Every case form: «в декабре», «к декабрю», «декабря», «маем». */
    private static final PhraseDictionary<Integer> MONTH_FORMS = new PhraseDictionary<>();

    static {
        List<String> genitive = List.of("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                "сентября", "октября", "ноября", "декабря");
        List<String> prepositional = List.of("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                "сентябре", "октябре", "ноябре", "декабре");
        List<String> dative = List.of("январю", "февралю", "марту", "апрелю", "маю", "июню", "июлю", "августу",
                "сентябрю", "октябрю", "ноябрю", "декабрю");
        for (int m = 0; m < 12; m++) {
            for (List<String> forms : List.of(MONTHS, genitive, prepositional, dative)) {
                MONTH_FORMS.add(forms.get(m), m + 1);
            }
        }
    }
    private static final Map<String, Integer> ORDINALS = Map.ofEntries(
            Map.entry("1", 1), Map.entry("i", 1), Map.entry(QueryWords.stem("первый"), 1),
            Map.entry("2", 2), Map.entry("ii", 2), Map.entry(QueryWords.stem("второй"), 2),
            Map.entry("3", 3), Map.entry("iii", 3), Map.entry(QueryWords.stem("третий"), 3),
            Map.entry("4", 4), Map.entry("iv", 4), Map.entry(QueryWords.stem("четвертый"), 4));
    private static final String QUARTER = QueryWords.stem("квартал");
    private static final String HALF_YEAR = QueryWords.stem("полугодие");
    private static final String END = QueryWords.stem("конца");
    private static final String YEAR = QueryWords.stem("года");
    private static final List<String> YEAR_WORDS = List.of("год", "года", "году", "г", "гг");
    private static final List<String> BY = List.of("к", "до");
    private static final List<String> PREPOSITIONS = List.of("в", "во", "на", "за", "к", "до", "по", "со", "с");

    private final int lastYear;

    QueryPeriods(LocalDate today) {
        this.lastYear = today.getYear() + 2;
    }

    /** Words {@code [start, end)} of the query name a deadline period: {@code chip} says which. */
    record Found(int start, int end, QueryChip chip) {
    }

    Optional<Found> at(List<QueryWords.Word> words, int start) {
        int i = start;
        boolean by = false;
        if (PREPOSITIONS.contains(words.get(i).lower())) {
            by = BY.contains(words.get(i).lower());
            i++;
        }
        if (i >= words.size()) {
            return Optional.empty();
        }
        Optional<Found> found = month(words, start, i, by);
        if (found.isEmpty()) {
            found = partOfYear(words, start, i);
        }
        if (found.isEmpty()) {
            found = endOfYear(words, start, i);
        }
        if (found.isEmpty() && i > start) {
            found = year(words, start, i);
        }
        return found;
    }

    private Optional<Found> month(List<QueryWords.Word> words, int start, int i, boolean by) {
        int month = monthOf(words.get(i));
        if (month == 0) {
            return Optional.empty();
        }
        YearEnd year = yearAt(words, i + 1);
        String name = MONTHS.get(month - 1);
        String label = (by ? "до конца: " : "") + name + (year == null ? " (любой год)" : " " + year.year());
        List<QueryChip.Period> periods = new ArrayList<>();
        for (int y : years(year)) {
            YearMonth ym = YearMonth.of(y, month);
            periods.add(new QueryChip.Period(by ? LocalDate.of(y, 1, 1) : ym.atDay(1), ym.atEndOfMonth()));
        }
        int end = year == null ? i + 1 : year.end();
        return Optional.of(new Found(start, end, QueryChip.deadline(label, label, typed(words, start, end), periods)));
    }

    private Optional<Found> partOfYear(List<QueryWords.Word> words, int start, int i) {
        if (i + 1 >= words.size()) {
            return Optional.empty();
        }
        Integer ordinal = ORDINALS.get(words.get(i).stem());
        if (ordinal == null) {
            ordinal = ORDINALS.get(words.get(i).lower());
        }
        String unit = words.get(i + 1).stem();
        boolean quarter = unit.equals(QUARTER);
        if (ordinal == null || !(quarter || (unit.equals(HALF_YEAR) && ordinal <= 2))) {
            return Optional.empty();
        }
        int months = quarter ? 3 : 6;
        int first = (ordinal - 1) * months + 1;
        YearEnd year = yearAt(words, i + 2);
        String roman = List.of("I", "II", "III", "IV").get(ordinal - 1);
        String label = roman + (quarter ? " квартал" : " полугодие") + (year == null ? " (любой год)" : " " + year.year());
        List<QueryChip.Period> periods = new ArrayList<>();
        for (int y : years(year)) {
            periods.add(new QueryChip.Period(LocalDate.of(y, first, 1), YearMonth.of(y, first + months - 1).atEndOfMonth()));
        }
        int end = year == null ? i + 2 : year.end();
        return Optional.of(new Found(start, end, QueryChip.deadline(label, label, typed(words, start, end), periods)));
    }

    /** «до конца года», «до конца 2022 года»: due on the last day of the year. */
    private Optional<Found> endOfYear(List<QueryWords.Word> words, int start, int i) {
        if (!words.get(i).stem().equals(END) || i + 1 >= words.size()) {
            return Optional.empty();
        }
        YearEnd year = yearAt(words, i + 1);
        int end;
        if (year != null) {
            end = year.end();
        } else if (words.get(i + 1).stem().equals(YEAR)) {
            end = i + 2;
        } else {
            return Optional.empty();
        }
        String label = "конец " + (year == null ? "года (любой год)" : year.year() + " года");
        List<QueryChip.Period> periods = years(year).stream()
                .map(y -> new QueryChip.Period(LocalDate.of(y, 12, 31), LocalDate.of(y, 12, 31))).toList();
        return Optional.of(new Found(start, end, QueryChip.deadline(label, label, typed(words, start, end), periods)));
    }

    /** «в 2022 году», «на 2022 год»: a preposition, a year, and a year word. */
    private Optional<Found> year(List<QueryWords.Word> words, int start, int i) {
        YearEnd year = yearAt(words, i);
        if (year == null || year.end() == i + 1) {
            return Optional.empty();
        }
        String label = year.year() + " год";
        List<QueryChip.Period> periods = List.of(new QueryChip.Period(LocalDate.of(year.year(), 1, 1),
                LocalDate.of(year.year(), 12, 31)));
        return Optional.of(new Found(start, year.end(), QueryChip.deadline(label, label, typed(words, start, year.end()), periods)));
    }

    /** A year of four digits at word {@code i} and the year word after it, if any. */
    private record YearEnd(int year, int end) {
    }

    private YearEnd yearAt(List<QueryWords.Word> words, int i) {
        if (i >= words.size() || !words.get(i).isNumber() || words.get(i).lower().length() != 4) {
            return null;
        }
        int year = Integer.parseInt(words.get(i).lower());
        if (year < FIRST_YEAR - 50 || year > lastYear + 10) {
            return null;
        }
        int end = i + 1;
        if (end < words.size() && YEAR_WORDS.contains(words.get(end).lower())) {
            end++;
        }
        return new YearEnd(year, end);
    }

    private List<Integer> years(YearEnd year) {
        if (year != null) {
            return List.of(year.year());
        }
        List<Integer> all = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= lastYear; y++) {
            all.add(y);
        }
        return all;
    }

    private static int monthOf(QueryWords.Word word) {
        return MONTH_FORMS.longestAt(List.of(word), 0).map(f -> f.values().get(0)).orElse(0);
    }

    private static String typed(List<QueryWords.Word> words, int start, int end) {
        return String.join(" ", words.subList(start, end).stream().map(QueryWords.Word::typed).toList());
    }
}

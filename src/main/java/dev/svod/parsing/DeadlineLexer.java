package dev.svod.parsing;

import dev.svod.parsing.DeadlineToken.Type;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Map.entry;

/** Splits the text of a deadline into {@link DeadlineToken}s; the grammar lives in {@link DeadlineParser}. */
final class DeadlineLexer {

    private static final Pattern DAY_MONTH = Pattern.compile(
            "(\\d{1,2})(?:-?го)?\\s*(" + RussianDates.MONTH_WORD + ")");
    private static final Pattern QUARTER = Pattern.compile(
            "(iv|i{1,3}|[1-4])(?:\\s*[-–—]\\s*(iv|i{1,3}|[1-4]))?\\s*(?:-?(?:й|го|м|ом))?\\s*(?:кв\\.|квартал[а-я]*)"
                    + "|(перв|втор|трет|четв[её]рт)[а-я]*\\s+квартал[а-я]*");
    private static final Pattern HALF = Pattern.compile(
            "(ii|i|[12])\\s*(?:-?(?:е|го|м|ом))?\\s*полугоди[а-я]*|(перв|втор)[а-я]*\\s+полугоди[а-я]*");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})(?!\\d)" + RussianDates.YEAR_SUFFIX);
    private static final Pattern MONTH = Pattern.compile(RussianDates.MONTH_WORD + "|(?:янв|фев|февр|мар|апр|авг|сент?|окт|ноя|дек)\\.");
    private static final Pattern CURRENT_YEAR = Pattern.compile("т\\.\\s?г\\.?(?![а-я])");
    private static final Pattern WORD = Pattern.compile("[а-яa-z]+(?:-[а-яa-z]+)*");
    private static final Pattern NUMBER = Pattern.compile("\\d+");
    private static final Pattern YEAR_SUFFIX = Pattern.compile(RussianDates.YEAR_SUFFIX);
    /** "01.09", "5.10." — a day and month without a year; the year comes from a later point or the protocol. */
    private static final Pattern NUMERIC_DAY_MONTH = Pattern.compile("(\\d{1,2})\\s?\\.\\s?(\\d{2})\\.?(?!\\s?\\d)");
    private static final Pattern DATE_SHAPE = Pattern.compile("\\d{1,2}\\s?\\.{1,2}\\s?\\d{1,2}\\s?\\.{0,2}\\s?\\d{2,4}");
    private static final Pattern DAYS_TERM = Pattern.compile(
            "(\\d{1,3})\\s*-?\\s*(?:ти|х|и)?-?\\s*(дневн|недельн|месячн)[а-я]*"
                    + "|(одно|двух|трех|трёх|пяти|семи|десяти|пятнадцати|тридцати)?(дневн|недельн|месячн)[а-я]*");

    private static final Map<String, Integer> NUMERALS = Map.ofEntries(
            entry("один", 1), entry("одного", 1), entry("одно", 1), entry("два", 2), entry("двух", 2), entry("три", 3),
            entry("трех", 3), entry("четырех", 4), entry("пять", 5), entry("пяти", 5), entry("шести", 6),
            entry("семи", 7), entry("десять", 10), entry("десяти", 10), entry("пятнадцати", 15),
            entry("тридцати", 30), entry("двухнедельн", 2));
    private static final Map<String, String> RECURRENCES = Map.of(
            "ежегодно", "yearly", "ежеквартально", "quarterly", "ежемесячно", "monthly", "еженедельно", "weekly",
            "ежедневно", "daily", "ежеполугодно", "semiannually", "ежегодный", "yearly", "ежегодного", "yearly",
            "ежемесячного", "monthly", "ежеквартального", "quarterly");
    /** Adjectives of recurrence in any case: "ежегодных (отчетов)", "ежемесячной", "ежеквартальные". */
    private static final Map<String, String> RECURRENCE_STEMS = Map.of(
            "ежегодн", "yearly", "ежеквартальн", "quarterly", "ежемесячн", "monthly", "еженедельн", "weekly",
            "ежедневн", "daily", "ежеполугодн", "semiannually");
    private static final Set<String> FILLERS = Set.of(
            "срок", "сроки", "срока", "исполнения", "выполнения", "числа", "включительно", "г", "гг", "т", "позднее",
            "позже", "не", "за", "отчетным", "отчетного", "отчетный", "следующего", "период", "рабочих", "рабочие",
            "рабочего", "календарных", "календарные", "календарного", "чем", "всего", "весь", "всей", "периода");

    private DeadlineLexer() {
    }

    static List<DeadlineToken> lex(String raw) {
        String text = Words.lower(raw);
        List<DeadlineToken> tokens = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
                continue;
            }
            DeadlineToken t = next(text, pos, tokens);
            tokens.add(t);
            pos = Math.max(t.end(), pos + 1);
        }
        return tokens;
    }

    private static DeadlineToken next(String text, int pos, List<DeadlineToken> before) {
        char c = text.charAt(pos);
        if (asciiDigit(c)) {
            RussianDates.Found date = RussianDates.numericAt(text, pos);
            if (date != null) {
                int end = skip(text, date.end(), YEAR_SUFFIX);
                return new DeadlineToken(Type.DATE, pos, end, 0, 0, date.date(), null);
            }
            Matcher shape = at(DATE_SHAPE, text, pos);
            if (shape != null) {
                return new DeadlineToken(Type.OTHER, pos, shape.end(), 0, 0, null, shape.group());
            }
            Matcher numeric = at(NUMERIC_DAY_MONTH, text, pos);
            if (numeric != null) {
                int day = Integer.parseInt(numeric.group(1));
                int month = Integer.parseInt(numeric.group(2));
                if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
                    return DeadlineToken.of(Type.DAY_MONTH, pos, numeric.end(), day, month);
                }
            }
            Matcher dm = at(DAY_MONTH, text, pos);
            if (dm != null) {
                OptionalInt month = RussianDates.month(dm.group(2));
                return DeadlineToken.of(Type.DAY_MONTH, pos, dm.end(), Integer.parseInt(dm.group(1)), month.orElse(1));
            }
        }
        Matcher m;
        if ((m = at(QUARTER, text, pos)) != null) {
            int q1 = m.group(3) != null ? ordinal(m.group(3)) : roman(m.group(1));
            int q2 = m.group(2) != null ? roman(m.group(2)) : q1;
            return DeadlineToken.of(Type.QUARTER, pos, m.end(), q1, q2);
        }
        if ((m = at(HALF, text, pos)) != null) {
            int h = m.group(2) != null ? ordinal(m.group(2)) : roman(m.group(1));
            return DeadlineToken.of(Type.HALF, pos, m.end(), h, h);
        }
        if ((m = at(YEAR, text, pos)) != null) {
            return DeadlineToken.of(Type.YEAR, pos, m.end(), Integer.parseInt(m.group(1)), 0);
        }
        if ((m = at(DAYS_TERM, text, pos)) != null) {
            return relativeTerm(m, pos);
        }
        if (asciiDigit(c)) {
            m = at(NUMBER, text, pos);
            int value = m.end() - pos > 6 ? 0 : Integer.parseInt(m.group());
            return DeadlineToken.of(Type.NUMBER, pos, m.end(), value, 0);
        }
        if ((m = at(MONTH, text, pos)) != null) {
            return DeadlineToken.of(Type.MONTH, pos, m.end(), RussianDates.month(m.group()).orElse(1), 0);
        }
        if ((m = at(CURRENT_YEAR, text, pos)) != null) {
            return DeadlineToken.of(Type.CURRENT_YEAR, pos, m.end());
        }
        if ("-–—/|".indexOf(c) >= 0) {
            return DeadlineToken.of(Type.DASH, pos, pos + 1);
        }
        if (c == ',') {
            return DeadlineToken.of(Type.COMMA, pos, pos + 1);
        }
        if ((m = at(WORD, text, pos)) != null) {
            return word(m.group(), pos, m.end(), before);
        }
        return DeadlineToken.of(Type.FILLER, pos, pos + 1);
    }

    private static DeadlineToken word(String w, int start, int end, List<DeadlineToken> before) {
        Type previous = before.isEmpty() ? null : before.get(before.size() - 1).type();
        if (RECURRENCES.containsKey(w)) {
            return new DeadlineToken(Type.RECUR, start, end, 0, 0, null, RECURRENCES.get(w));
        }
        if (w.startsWith("еже") && w.length() > 8) {
            for (Map.Entry<String, String> stem : RECURRENCE_STEMS.entrySet()) {
                if (w.startsWith(stem.getKey())) {
                    return new DeadlineToken(Type.RECUR, start, end, 0, 0, null, stem.getValue());
                }
            }
        }
        if (NUMERALS.containsKey(w)) {
            return DeadlineToken.of(Type.NUMBER, start, end, NUMERALS.get(w), 0);
        }
        Type type = switch (w) {
            case "до", "к", "ко" -> Type.BY;
            case "позднее", "позже" -> previous == Type.FILLER || previous == Type.OTHER ? Type.BY : Type.FILLER;
            case "по" -> Type.PO;
            case "с", "со", "начиная" -> Type.FROM;
            case "в", "во", "на" -> Type.IN;
            case "течение", "течении", "втечение", "протяжении" -> Type.DURING;
            case "конца", "концу", "конец", "конце", "окончания", "окончанию", "окончании", "завершения", "завершению",
                 "завершении" -> Type.END;
            case "начала", "началу", "начало", "начале" -> Type.START;
            case "постоянно", "регулярно", "систематически", "постоянной", "постоянный", "постоянного", "бессрочно" ->
                    Type.ONGOING;
            case "раз", "раза" -> Type.TIMES;
            case "каждый", "каждого", "каждом", "каждые", "каждую", "каждая" -> Type.EACH;
            case "мере" -> previous == Type.PO ? Type.AS_NEEDED : Type.OTHER;
            case "необходимости" -> previous == Type.WHEN ? Type.AS_NEEDED : Type.FILLER;
            case "после", "через" -> Type.AFTER;
            case "при" -> Type.WHEN;
            case "плану" -> previous == Type.PO ? Type.UNSPECIFIED : Type.OTHER;
            case "установленные", "установленный", "установленным", "установленном", "установленного", "установленных",
                 "графику", "графиком", "графика", "графиками", "согласованию" -> Type.UNSPECIFIED;
            case "год", "года", "году", "годом", "годы", "годов", "лет" -> Type.YEAR_WORD;
            case "текущего", "текущий", "текущем", "этого", "этом", "сего", "нынешнего" -> Type.CURRENT;
            case "следующего", "следующем", "будущего", "будущем", "очередного" -> Type.NEXT;
            case "и" -> Type.AND;
            default -> null;
        };
        if (type == Type.NEXT && (previous == Type.COMMA || previous == Type.PERIOD)) {
            type = Type.FILLER;
        }
        if (type != null) {
            return DeadlineToken.of(type, start, end);
        }
        if (w.startsWith("учебн")) {
            return DeadlineToken.of(Type.ACADEMIC, start, end);
        }
        int unit = unit(w);
        if (unit > 0) {
            return DeadlineToken.of(Type.PERIOD, start, end, 1, unit);
        }
        if (w.equals("не")) {
            return DeadlineToken.of(Type.FILLER, start, end);
        }
        return new DeadlineToken(FILLERS.contains(w) ? Type.FILLER : Type.OTHER, start, end, 0, 0, null, w);
    }

    private static int unit(String w) {
        if (w.startsWith("полугод")) {
            return DeadlineToken.HALF_YEARS;
        }
        if (w.startsWith("квартал")) {
            return DeadlineToken.QUARTERS;
        }
        if (w.startsWith("месяц")) {
            return DeadlineToken.MONTHS;
        }
        if (w.startsWith("недел")) {
            return DeadlineToken.WEEKS;
        }
        if (w.equals("день") || w.equals("дня") || w.equals("дней") || w.equals("дни") || w.equals("суток")) {
            return DeadlineToken.DAYS;
        }
        return 0;
    }

    private static DeadlineToken relativeTerm(Matcher m, int pos) {
        String count = m.group(1) != null ? m.group(1) : m.group(3);
        String kind = m.group(2) != null ? m.group(2) : m.group(4);
        int n = count == null ? 1 : Character.isDigit(count.charAt(0)) ? Integer.parseInt(count)
                : NUMERALS.getOrDefault(count.replace('ё', 'е'), 1);
        int unit = switch (kind) {
            case "дневн" -> DeadlineToken.DAYS;
            case "недельн" -> DeadlineToken.WEEKS;
            default -> DeadlineToken.MONTHS;
        };
        return DeadlineToken.of(Type.RELATIVE, pos, m.end(), n, unit);
    }

    /** Only 0-9: "\d" in the patterns means these, while Character.isDigit also takes "٣" or "３". */
    private static boolean asciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static int roman(String s) {
        return switch (s) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            case "iv", "4" -> 4;
            default -> 1;
        };
    }

    private static int ordinal(String stem) {
        return switch (stem) {
            case "втор" -> 2;
            case "трет" -> 3;
            case "четверт", "четвёрт" -> 4;
            default -> 1;
        };
    }

    private static Matcher at(Pattern p, String text, int pos) {
        Matcher m = p.matcher(text);
        m.region(pos, text.length());
        m.useTransparentBounds(true);
        return m.lookingAt() ? m : null;
    }

    private static int skip(String text, int pos, Pattern suffix) {
        Matcher m = suffix.matcher(text);
        m.region(pos, text.length());
        return m.lookingAt() ? m.end() : pos;
    }
}

package dev.svod.parsing;

import dev.svod.protocol.DeadlineKind;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Plans whose table lost its rules, one row per line with the cells run together by spaces or tabs:
 * <pre>
 * NN Наименование мероприятия Ответственный исполнитель Срок исполнения
 * 1 2 3 4
 * 1 Проведение диспансерного осмотра … МУ "АГБ" Апрель май
 * </pre>
 * Under such a header row (it names the measures and their doers or deadlines), a line that opens with the next
 * number of the run 1, 2, 3 … and then a capital letter is a row: it is given the "1." an item has, so the rest of
 * the parser reads it as one. Of its run-together cells, two can still be told apart at its end: a deadline
 * (the shortest tail of a few words, opening with a capital, that reads as one: "Постоянно", "Апрель 2006") and,
 * before it, the doers printed as abbreviations ("МУ "АГБ"", "ОТ и СЗН", "ЦГБ"). They go on lines of their own
 * ("Ответственный: …", "Срок: …") as in any other plan.
 */
final class NumberedRows {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MEASURES = Pattern.compile("мероприят|наименовани|направлени[а-яё]* деятельности", FLAGS);
    private static final Pattern COLUMNS = Pattern.compile("(?<![а-яё])(?:срок|ответственн|исполнител)", FLAGS);
    private static final Pattern ROW = Pattern.compile("^(\\d{1,3})[\\s\\t]+(?=[«\"А-ЯЁ])");
    private static final int HEADER_ROW = 160;

    private NumberedRows() {
    }

    static String rewrite(String text) {
        String[] lines = text.split("\n", -1);
        int header = -1;
        for (int i = 0; i < lines.length && header < 0; i++) {
            String l = lines[i].trim();
            if (l.length() < HEADER_ROW && l.indexOf('|') < 0 && MEASURES.matcher(l).find() && COLUMNS.matcher(l).find()) {
                header = i;
            }
        }
        if (header < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + 64);
        int expected = 1;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher row = i > header ? ROW.matcher(line.stripLeading()) : null;
            if (row != null && row.lookingAt() && Integer.parseInt(row.group(1)) == expected) {
                line = expected + ". " + cells(line.stripLeading().substring(row.end()));
                expected++;
                changed = true;
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return changed ? out.toString() : text;
    }

    private static final int MAX_DEADLINE_WORDS = 4;

    /** "ЦГБ", "МУ", "\"АГБ\"": an abbreviated name, not the last word of a quoted title ("… на ЧАЭС\""). */
    private static boolean isDoer(String word) {
        boolean closesQuote = word.endsWith("\"") && !word.startsWith("\"");
        return Words.isAbbreviation(word) && !closesQuote;
    }

    /** The row's text, with a deadline and abbreviated doers at its end put on lines of their own. */
    static String cells(String row) {
        List<String> words = new ArrayList<>(List.of(row.trim().split("\\s+")));
        String deadline = null;
        for (int n = 1; n <= Math.min(MAX_DEADLINE_WORDS, words.size() - 2) && deadline == null; n++) {
            String tail = String.join(" ", words.subList(words.size() - n, words.size()));
            if (Character.isUpperCase(tail.charAt(0)) && DeadlineParser.parse(tail, null).kind() != DeadlineKind.NONE) {
                deadline = tail;
                words = words.subList(0, words.size() - n);
            }
        }
        int doers = words.size();
        while (doers > 2 && (isDoer(words.get(doers - 1))
                || words.get(doers - 1).equals("и") && doers > 3 && isDoer(words.get(doers - 2)))) {
            doers--;
        }
        if (doers < words.size() && words.get(doers).equals("и")) {
            doers++;
        }
        StringBuilder out = new StringBuilder(String.join(" ", words.subList(0, doers)));
        if (doers < words.size()) {
            out.append("\nОтветственный: ").append(String.join(" ", words.subList(doers, words.size())));
        }
        if (deadline != null) {
            out.append("\nСрок: ").append(deadline);
        }
        return out.toString();
    }
}

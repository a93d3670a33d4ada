package dev.svod.parsing;


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
 * number of the run 1, 2, 3 … ("1" or "1.") and then a capital letter is a row: it is given the "1." an item has,
 * so the rest of the parser reads it as one, and its cells are told apart by {@link RowCells} in the order the
 * header names them. A numbered line that does not continue the run but is followed by the row that does, or one
 * with neither deadline nor doers followed by a row of its own number, is a section heading ("1. Организационные мероприятия" over "1. Проведение
 * заседаний …"), not a measure: it is left out, as {@link PipeTables} leaves out its section rows.
 */
final class NumberedRows {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern MEASURES = Pattern.compile("мероприят|наименовани|направлени[а-яё]* деятельности", FLAGS);
    private static final Pattern COLUMNS = Pattern.compile("(?<![а-яё])(?:срок|ответственн|исполнител)", FLAGS);
    private static final Pattern DEADLINE_COLUMN = Pattern.compile("(?<![а-яё])срок", FLAGS);
    private static final Pattern DOER_COLUMN = Pattern.compile("(?<![а-яё])(?:ответственн|исполнител)", FLAGS);
    private static final Pattern ROW = Pattern.compile("^(\\d{1,3})\\.?[\\s\\t]+(?=[«\"А-ЯЁ])");
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
        boolean deadlineFirst = deadlineBeforeDoers(lines[header]);
        StringBuilder out = new StringBuilder(text.length() + 64);
        int expected = 1;
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i > header ? rowNumber(line) : -1;
            int next = number < 0 ? -1 : nextRowNumber(lines, i + 1);
            String cells = null;
            String read = null;
            if (number > 0) {
                Matcher row = ROW.matcher(line.stripLeading());
                row.lookingAt();
                cells = line.stripLeading().substring(row.end());
                read = deadlineFirst ? RowCells.deadlineThenDoers(cells) : RowCells.deadlineLast(cells);
            }
            boolean bare = cells != null && cells.equals(read);
            if (number > 0 && (number == expected ? next == number && bare : next == expected)) {
                changed = true;
                continue;
            }
            if (number == expected) {
                line = expected + ". " + read;
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

    /** "… Срок исполнения Ответственные исполнители": the deadline column comes before the doers'. */
    private static boolean deadlineBeforeDoers(String header) {
        Matcher deadline = DEADLINE_COLUMN.matcher(header);
        Matcher doers = DOER_COLUMN.matcher(header);
        return deadline.find() && doers.find() && deadline.start() < doers.start();
    }

    private static int rowNumber(String line) {
        Matcher row = ROW.matcher(line.stripLeading());
        return row.lookingAt() ? Integer.parseInt(row.group(1)) : -1;
    }

    /** The number of the next line that opens like a row, skipping the lines of its cells wrapped over. */
    private static int nextRowNumber(String[] lines, int from) {
        for (int i = from; i < lines.length && i < from + 8; i++) {
            int n = rowNumber(lines[i]);
            if (n > 0) {
                return n;
            }
        }
        return -1;
    }
}

package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Plans of measures printed as tables whose cells end with "|" (one cell per line, several per line, or a cell
 * wrapped over lines, as web pages and Tika give them), read into the lines the rest of the parser knows:
 * "1. Мероприятие", "Ответственный: …", "Срок: …". The columns are found by the words of the header row, in any
 * order (Ответственный, Исполнитель, Ответственные исполнители; Срок, Сроки, Дата, Срок исполнения…). A row is a
 * number cell followed by the activity; rows without a number (section headings, the "1 | 2 | 3" row under the
 * header) are left out. Text without such a header is returned unchanged.
 */
final class PipeTables {

    private enum Column { NUMBER, ACTIVITY, RESPONSIBLE, DEADLINE, OTHER }

    private static final Pattern ROW_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*\\.?$");
    private static final int MIN_PIPES = 6;
    private static final Pattern SECTION = Pattern.compile("^[IVX]{1,5}\\.\\s");

    private PipeTables() {
    }

    static String rewrite(String text) {
        if (text.chars().filter(c -> c == '|').count() < MIN_PIPES) {
            return text;
        }
        List<String> cells = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '|') {
                if (cells.isEmpty()) {
                    start = firstCellStart(text, i);
                }
                cells.add(Words.squeeze(text.substring(start, i).replace('\n', ' ')));
                starts.add(start);
                start = i + 1;
            }
        }
        int firstRow = -1;
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (ROW_NUMBER.matcher(cells.get(i)).matches() && isText(cells.get(i + 1))) {
                firstRow = i;
                break;
            }
        }
        if (firstRow < 1) {
            return text;
        }
        List<Column> columns = new ArrayList<>();
        int headerStart = firstRow;
        for (int i = firstRow - 1; i >= 0 && firstRow - i <= 16; i--) {
            Column c = column(cells.get(i));
            if (c != Column.OTHER || columns.isEmpty() && cells.get(i).isEmpty()) {
                headerStart = i;
            }
        }
        for (int i = headerStart; i < firstRow; i++) {
            Column c = column(cells.get(i));
            if (c != Column.OTHER && columns.contains(c) || SECTION.matcher(cells.get(i)).lookingAt()) {
                break; // a second activity or number cell, or a Roman-numbered one, is a section row ("I. Организационные мероприятия"), not the header
            }
            if (!cells.get(i).isEmpty() && !ROW_NUMBER.matcher(cells.get(i)).matches()) {
                columns.add(c);
            }
        }
        if (!columns.contains(Column.ACTIVITY) || !(columns.contains(Column.RESPONSIBLE) || columns.contains(Column.DEADLINE))) {
            return text;
        }
        int numberAt = columns.indexOf(Column.NUMBER);
        List<Column> after = numberAt < 0 ? columns : columns.subList(numberAt + 1, columns.size());
        StringBuilder out = new StringBuilder(text.substring(0, headerStartOffset(text, starts.get(headerStart), cells.get(headerStart))));
        out.append('\n');
        for (int i = firstRow; i < cells.size(); i++) {
            if (!(ROW_NUMBER.matcher(cells.get(i)).matches() && i + 1 < cells.size() && isText(cells.get(i + 1)))) {
                continue;
            }
            String number = cells.get(i).endsWith(".") ? cells.get(i) : cells.get(i) + ".";
            StringBuilder activity = new StringBuilder();
            String responsible = null;
            String deadline = null;
            for (int k = 0; k < after.size() && i + 1 + k < cells.size(); k++) {
                String cell = cells.get(i + 1 + k);
                switch (after.get(k)) {
                    case ACTIVITY -> activity.append(cell);
                    case RESPONSIBLE -> responsible = cell;
                    case DEADLINE -> deadline = deadline == null ? cell : deadline + " – " + cell;
                    default -> {
                    }
                }
            }
            out.append(number).append(' ').append(activity).append('\n');
            if (responsible != null && !responsible.isBlank()) {
                out.append("Ответственный: ").append(responsible).append('\n');
            }
            if (deadline != null && !deadline.isBlank()) {
                out.append("Срок: ").append(deadline).append('\n');
            }
            i += after.size();
        }
        int lastPipe = text.lastIndexOf('|');
        String rest = text.substring(lastPipe + 1);
        String lastCell = cells.get(cells.size() - 1);
        if (ROW_NUMBER.matcher(lastCell).matches() && isText(Words.squeeze(rest.replace('\n', ' ')))) {
            // A text cut off inside its last row ("6. |" and the start of the activity): that row is still read.
            out.append(lastCell.endsWith(".") ? lastCell : lastCell + ".").append(' ').append(rest.strip()).append('\n');
            return out.toString();
        }
        return out.append(rest).toString();
    }

    /**
     * The first cell is the last line before the first "|": the text above the table ("План мероприятий …") is no
     * cell of it. Lines of a few characters just above belong to it ("N" over "п/п"), a header cell wrapped.
     */
    private static int firstCellStart(String text, int pipe) {
        int start = text.lastIndexOf('\n', pipe) + 1;
        while (start > 0) {
            int above = text.lastIndexOf('\n', start - 2) + 1;
            if (text.substring(above, start - 1).trim().length() > 3) {
                break;
            }
            start = above;
        }
        return start;
    }

    /** Where the header begins: the start of the line its first cell is on. */
    private static int headerStartOffset(String text, int cellStart, String cell) {
        int at = cellStart;
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
        return at;
    }

    private static boolean isText(String cell) {
        return Words.split(cell).size() >= 2 && cell.chars().anyMatch(Character::isLetter);
    }

    private static Column column(String header) {
        String h = header.toLowerCase(Locale.ROOT).replace('ё', 'е');
        if (h.length() > 80) {
            return Column.OTHER;
        }
        if (h.matches("^(?:n|№|nn|№№)?\\s*(?:п/п|п\\.п\\.?|пп)?\\.?$") && !h.isBlank()) {
            return Column.NUMBER;
        }
        if (h.contains("ответствен") || h.contains("исполнител")) {
            return Column.RESPONSIBLE;
        }
        if (h.startsWith("срок") || h.contains("дата") || h.contains("период") || h.contains("плановый срок")) {
            return Column.DEADLINE;
        }
        if (h.contains("мероприят") || h.contains("наименовани") || h.contains("направлени") || h.contains("содержание")) {
            return Column.ACTIVITY;
        }
        return Column.OTHER;
    }
}

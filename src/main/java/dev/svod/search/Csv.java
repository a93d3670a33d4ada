package dev.svod.search;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheet programs open it with Cyrillic intact: UTF-8 with a byte-order mark, RFC 4180 quoting,
 * CRLF line ends. Text that a spreadsheet would run as a formula is neutralised (see {@link #neutralise}).
 */
final class Csv {

    private static final String BOM = "\uFEFF";

    private final StringBuilder out = new StringBuilder(BOM);

    Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object cell = cells.get(i);
            String text = cell == null ? "" : cell.toString();
            // numbers are ours and stay numbers; any text may come from an uploaded file
            out.append(quote(cell instanceof Number ? text : neutralise(text)));
        }
        out.append("\r\n");
        return this;
    }

    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A cell that starts with = + - @ tab or CR is a formula to Excel and LibreOffice (CSV injection: a decision
     * text «=HYPERLINK(…)» would run when a researcher opens the export). A leading apostrophe makes it text, and
     * the spreadsheet shows it without the apostrophe.
     */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    static String quote(String cell) {
        boolean needs = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                || cell.indexOf('\r') >= 0;
        return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
    }
}

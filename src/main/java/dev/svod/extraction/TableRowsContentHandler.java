package dev.svod.extraction;

import org.apache.tika.sax.ContentHandlerDecorator;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Keeps the rows of the tables Tika reads from DOCX, ODT, HTML and other structured formats instead of letting
 * them flatten into one cell per line, where a plan's "№ | мероприятие | срок | ответственный" can no longer be
 * told from its text. A table of three or more columns comes out one row per line, its cells ended by "|"
 * ("1. | Провести совещание | до 01.09.2022 | Управление образования |"), the plain-text table the parser reads
 * by its header words. A narrower table is page layout (a letterhead beside «УТВЕРЖДАЮ», a signature block): its
 * cells come out as lines of their own, as before. Paragraphs inside a cell join with a space; a table nested in
 * a cell becomes that cell's text.
 */
final class TableRowsContentHandler extends ContentHandlerDecorator {

    /** Fewer columns than this is layout, not data. */
    static final int DATA_COLUMNS = 3;
    private static final Set<String> BREAKS = Set.of("p", "br", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th");

    private int depth;
    private final List<List<String>> rows = new ArrayList<>();
    private List<String> row;
    private StringBuilder cell;

    TableRowsContentHandler(ContentHandler handler) {
        super(handler);
    }

    @Override
    public void startElement(String uri, String localName, String name, Attributes atts) throws SAXException {
        String tag = localName.isEmpty() ? name : localName;
        if ("table".equals(tag)) {
            depth++;
            if (depth == 1) {
                rows.clear();
                row = null;
                cell = null;
                return;
            }
        }
        if (depth == 0) {
            super.startElement(uri, localName, name, atts);
        } else if (depth == 1 && "tr".equals(tag)) {
            row = new ArrayList<>();
        } else if (depth == 1 && ("td".equals(tag) || "th".equals(tag))) {
            cell = new StringBuilder();
        }
    }

    @Override
    public void endElement(String uri, String localName, String name) throws SAXException {
        String tag = localName.isEmpty() ? name : localName;
        if (depth == 0) {
            super.endElement(uri, localName, name);
            return;
        }
        if ("table".equals(tag)) {
            depth--;
            if (depth == 0) {
                writeTable();
                return;
            }
        }
        if (depth == 1 && ("td".equals(tag) || "th".equals(tag))) {
            if (row == null) {
                row = new ArrayList<>();
            }
            row.add(cell == null ? "" : squeeze(cell));
            cell = null;
        } else if (depth == 1 && "tr".equals(tag)) {
            if (row != null) {
                rows.add(row);
            }
            row = null;
        } else if (BREAKS.contains(tag) && cell != null) {
            cell.append('\n');
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
        if (depth == 0) {
            super.characters(ch, start, length);
        } else if (cell != null) {
            cell.append(ch, start, length);
        }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
        if (depth == 0) {
            super.ignorableWhitespace(ch, start, length);
        } else if (cell != null) {
            cell.append(ch, start, length);
        }
    }

    @Override
    public void endDocument() throws SAXException {
        if (depth > 0) {
            depth = 0;
            writeTable(); // a table cut off by a broken file still gives what it had
        }
        super.endDocument();
    }

    private void writeTable() throws SAXException {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder out = new StringBuilder("\n");
        for (List<String> r : rows) {
            if (columns >= DATA_COLUMNS) {
                for (String c : r) {
                    out.append(c.replace('\n', ' ')).append(" | ");
                }
                out.setLength(out.length() - 1);
                out.append('\n');
            } else {
                for (String c : r) {
                    if (!c.isEmpty()) {
                        out.append(c).append('\n');
                    }
                }
            }
        }
        rows.clear();
        char[] text = out.toString().toCharArray();
        super.characters(text, 0, text.length);
    }

    /** The cell's paragraphs on lines of their own, each with its spaces squeezed; empty paragraphs dropped. */
    private static String squeeze(StringBuilder cell) {
        StringBuilder out = new StringBuilder();
        for (String paragraph : cell.toString().split("\n")) {
            String p = paragraph.replaceAll("[\\s\\u00A0]+", " ").trim();
            if (!p.isEmpty()) {
                out.append(out.length() == 0 ? "" : "\n").append(p);
            }
        }
        return out.toString();
    }
}

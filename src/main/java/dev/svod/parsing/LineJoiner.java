package dev.svod.parsing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns extracted text into logical lines: one paragraph, heading or item each. Lines that a PDF or a narrow
 * page hard-wrapped are joined back: a line joins the one before it when that one does not end a sentence or
 * heading and this one does not start a numbered item, a dash bullet or a structure word (Срок, СЛУШАЛИ…).
 * Blank lines are ignored, since extraction puts them between wrapped lines as freely as between paragraphs.
 */
final class LineJoiner {

    private static final Set<String> HANGING_WORDS = Set.of(
            "в", "во", "с", "со", "и", "на", "по", "к", "ко", "о", "об", "от", "для", "из", "у", "за", "при", "а",
            "но", "или", "либо", "не", "что", "как", "до", "над", "под", "без", "через", "между", "также", "том",
            "числе", "т.ч.", "г.", "им.", "ул.", "д.", "п.", "пп.", "ст.", "т.", "св.", "обл.");
    private static final Pattern BLOCK_START = Pattern.compile(
            "^(?:Срок|СРОК|СЛУШАЛИ|Слушали|ЗАСЛУШАЛИ|ВЫСТУПИЛИ|Выступили|РЕШИЛИ|Решили|ПОСТАНОВИЛИ|Постановили"
                    + "|Решение|РЕШЕНИЕ|Повестка|ПОВЕСТКА|Председател[а-яё]*|ПРЕДСЕДАТЕЛ[А-ЯЁ]*|Секретарь|СЕКРЕТАРЬ|Присутствовали"
                    + "|ПРИСУТСТВОВАЛИ|Приглаш[а-яё]*|Ответственн[а-яё]*|ОТВЕТСТВЕНН[А-ЯЁ]*|Исполнител[а-яё]*|Докладчик|ДОКЛАДЧИК|Коллегия решила"
                    + "|ПРОТОКОЛ|Протокол|ПРОЕКТ|РЕЗОЛЮЦИЯ|Резолюция|ПОСТАНОВЛЕНИЕ|Приложение|ПРИЛОЖЕНИЕ)"
                    + "(?![а-яё])|^(?:[IVX]{1,4}\\.\\s)|^(?:[а-е]\\)\\s)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^(?:[-–—]\\s*)?\\d{1,3}(?:\\s*[-–—])?$|^(?:Страница|стр\\.)\\s*\\d+(?:\\s*из\\s*\\d+)?$");
    private static final Pattern CITY_LINE = Pattern.compile("^г\\.\\s*[А-ЯЁ][^\\s]*(?:\\s[А-ЯЁ][^\\s]*)?$");
    private static final Pattern NUMBER_SIGN = Pattern.compile("(?:^|\\s)(?:N|№)$");
    private static final Pattern LONE_NUMBER = Pattern.compile("^\\d{1,3}(?:\\.\\d{1,3})*[.)]$");

    private LineJoiner() {
    }

    static List<String> join(String text) {
        List<String> lines = physicalLines(text);
        int wrapWidth = wrapWidth(lines);
        List<String> out = new ArrayList<>();
        Paragraph current = null;
        for (String line : lines) {
            if (current != null && shouldJoin(current, line, wrapWidth)) {
                current.merge(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new Paragraph(line);
            }
        }
        if (current != null) {
            out.add(current.toString());
        }
        return out;
    }

    /** A logical line being built, with its open brackets counted as it grows (no rescans). */
    static final class Paragraph {
        private final StringBuilder text = new StringBuilder();
        private final Brackets brackets = new Brackets();
        private int lastLineLength;

        Paragraph(String line) {
            append(line);
        }

        /** The end of the text so far: enough to judge how it ends. */
        String tail() {
            int from = Math.max(0, text.length() - 80);
            return from == 0 ? text.toString() : text.substring(from);
        }

        int lastLineLength() {
            return lastLineLength;
        }

        boolean open() {
            return brackets.open();
        }

        /** Joins a wrapped line; a word broken at a hyphen is mended ("управле-" + "ние"), a compound keeps it. */
        void merge(String next) {
            int n = text.length();
            boolean hyphenBreak = n > 2 && text.charAt(n - 1) == '-' && Character.isLetter(text.charAt(n - 2))
                    && Character.isLetter(next.charAt(0)) && Character.isLowerCase(next.charAt(0));
            if (hyphenBreak) {
                if (!endsLikeCompoundPart(text)) {
                    text.setLength(n - 1);
                }
            } else {
                text.append(' ');
            }
            append(next);
        }

        private void append(String s) {
            text.append(s);
            lastLineLength = s.length();
            brackets.read(s);
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** Normalised, trimmed, non-blank lines; page numbers dropped. */
    static List<String> physicalLines(String text) {
        String normal = text == null ? "" : text
                .replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n')
                .replace('\u00A0', ' ').replace('\u2007', ' ').replace('\u202F', ' ').replace('\t', ' ')
                .replace("\u00AD", "").replace("\u200B", "").replace("\u200C", "").replace("\u200D", "")
                .replace("\uFEFF", "");
        List<String> lines = new ArrayList<>();
        for (String raw : normal.split("\n", -1)) {
            String line = stripEmphasis(Words.squeeze(raw));
            if (!line.isEmpty() && !PAGE_NUMBER.matcher(line).matches()) {
                lines.add(line);
            }
        }
        return lines;
    }

    private static String stripEmphasis(String line) {
        int from = 0;
        int to = line.length();
        while (from < to - 1 && (line.charAt(from) == '*' || line.charAt(from) == '_')
                && !Character.isWhitespace(line.charAt(from + 1))) {
            from++;
        }
        while (to > from + 1 && (line.charAt(to - 1) == '*' || line.charAt(to - 1) == '_')
                && !Character.isWhitespace(line.charAt(to - 2))) {
            to--;
        }
        return line.substring(from, to).trim();
    }

    /** The width a PDF wrapped its lines at, or 0 when lines are paragraphs (too long to be wrapped). */
    static int wrapWidth(List<String> lines) {
        if (lines.size() < 8) {
            return 0;
        }
        int[] lengths = lines.stream().mapToInt(String::length).toArray();
        Arrays.sort(lengths);
        int p90 = lengths[(int) (lengths.length * 0.9)];
        return p90 <= 120 ? p90 : 0;
    }

    static boolean shouldJoin(Paragraph previous, String next, int wrapWidth) {
        String prev = previous.tail();
        if (LONE_NUMBER.matcher(prev).matches()) {
            return true;
        }
        if (NUMBER_SIGN.matcher(prev).find()) {
            return true; // "согласно приложению N" + "1.": the number of an appendix, not an item
        }
        if (startsBlock(next) || CITY_LINE.matcher(next).matches()) {
            return false;
        }
        if (previous.open()) {
            return true;
        }
        char last = prev.charAt(prev.length() - 1);
        String lastWord = lastWord(prev);
        if (last == '.' && HANGING_WORDS.contains(lastWord.toLowerCase()) && Words.startsLowercase(next)) {
            return true;
        }
        if (".!?;:".indexOf(last) >= 0) {
            return false;
        }
        if (",-–—(«/".indexOf(last) >= 0 || HANGING_WORDS.contains(lastWord.toLowerCase())) {
            return true;
        }
        char first = next.charAt(0);
        if (Words.startsLowercase(next) || first == '(' || first == '"' || first == '«' || first == '“') {
            return true;
        }
        return wrapWidth > 0 && previous.lastLineLength() >= wrapWidth * 0.8 && Character.isLowerCase(lastLetter(prev));
    }

    static boolean startsBlock(String line) {
        return DecisionNumber.read(line).isPresent()
                || BLOCK_START.matcher(line).lookingAt()
                || (line.length() > 1 && "-–—•·▪►".indexOf(line.charAt(0)) >= 0)
                || (line.startsWith("* "))
                || Persons.isNameOnly(line);
    }

    /** "школьный-" before "муниципальный" keeps its hyphen; "управле-" before "ния" does not. */
    private static boolean endsLikeCompoundPart(CharSequence s) {
        String word = lastWord(s.subSequence(0, s.length() - 1).toString()).toLowerCase();
        return word.endsWith("ый") || word.endsWith("ий") || word.endsWith("ой") || word.endsWith("ая")
                || word.endsWith("ое") || word.endsWith("ые") || word.endsWith("ие") || word.length() <= 2;
    }

    private static String lastWord(String s) {
        int i = s.lastIndexOf(' ');
        return i < 0 ? s : s.substring(i + 1);
    }

    private static char lastLetter(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                return c;
            }
            if (Character.isDigit(c)) {
                return 'a';
            }
        }
        return 'A';
    }
}

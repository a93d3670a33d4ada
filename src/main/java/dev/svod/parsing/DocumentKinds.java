package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The kind of a document whose title line is missing (web pages often drop it), from what the text says of
 * itself: "Настоящее решение вступает в силу", "Контроль за исполнением настоящего приказа"; else from its
 * operative word ("приказываю", "постановляет", "решил"); else a plan from a table header at the top that lists
 * measures with their deadlines or the ones responsible, or a list of instructions ("перечень поручений").
 * It reads the text as extracted (physical lines), since a plan's header row is gone once its table is read.
 */
final class DocumentKinds {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Pattern SELF = Pattern.compile(
            "(?<![а-яё])настоящ[а-яё]{2,3}\\s+(решени|приказ|постановлени|распоряжени|указ)(?![а-яё]{3})", FLAGS);
    private static final Pattern OPERATIVE = Pattern.compile(
            "(?<![а-яё])(приказываю|постановляю|постановляет|распоряжаюсь|решил[аио]?)\\s*:", FLAGS);
    private static final Pattern INSTRUCTIONS = Pattern.compile("(?<![а-яё])перечень\\s+поручений", FLAGS);
    private static final Pattern MEASURES = Pattern.compile("мероприят|направлени\\w* деятельности|наименовани", FLAGS);
    private static final Pattern PLAN_COLUMNS = Pattern.compile("(?<![а-яё])(?:срок|ответственн|исполнител)", FLAGS);
    private static final Pattern PLAN_TITLE = Pattern.compile("^(?:план|комплексный план|дорожная карта|сетевой график)(?![а-яё])", FLAGS);
    private static final int TOP = 14;
    private static final int HEADER_CELL = 100;

    private DocumentKinds() {
    }

    static @Nullable String infer(List<String> lines) {
        List<String> top = lines.subList(0, Math.min(lines.size(), TOP));
        for (String line : top) {
            if (PLAN_TITLE.matcher(line).find()) {
                return "план мероприятий";
            }
        }
        String text = String.join("\n", lines);
        Matcher self = SELF.matcher(text);
        if (self.find()) {
            return nominative(self.group(1));
        }
        Matcher operative = OPERATIVE.matcher(text);
        if (operative.find()) {
            String word = operative.group(1).toLowerCase(Locale.ROOT);
            return word.startsWith("приказ") ? "приказ" : word.startsWith("постанов") ? "постановление"
                    : word.startsWith("распоряж") ? "распоряжение" : "решение";
        }
        String head = String.join("\n", top);
        if (INSTRUCTIONS.matcher(head).find()) {
            return "поручения";
        }
        return planHeader(top) ? "план мероприятий" : null;
    }

    /** Short lines (cells of a header row) naming the measures and, within a few lines, their deadlines or doers. */
    private static boolean planHeader(List<String> top) {
        for (int i = 0; i < top.size(); i++) {
            if (top.get(i).length() < HEADER_CELL && MEASURES.matcher(top.get(i)).find()) {
                for (int k = i; k < Math.min(top.size(), i + 5); k++) {
                    if (top.get(k).length() < HEADER_CELL && PLAN_COLUMNS.matcher(top.get(k)).find()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static String nominative(String stem) {
        String s = stem.toLowerCase(Locale.ROOT);
        return s.endsWith("и") ? s + "е" : s;
    }
}

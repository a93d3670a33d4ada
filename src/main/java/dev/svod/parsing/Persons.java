package dev.svod.parsing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People as protocols print them: "Зотова Ю.В.", "Ю.В. Зотова", "Щелкун Н. И.". */
final class Persons {

    /** Posts printed before a name ("Министр Д.А. Захаров") are not surnames. */
    private static final String NOT_A_POST = "(?!(?:Министр|Губернатор|Председател|Секретар|Начальник|Директор|Заместител"
            + "|Глав[аы]|Ректор|Руководител|Заведующ|Консультант|Специалист|Советник|Методист|Мэр|Докладчик)[а-яё]*\\s)";
    private static final String SURNAME = "[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?";
    private static final String INITIALS = "[А-ЯЁ]\\.\\s?[А-ЯЁ]\\.";
    private static final Pattern NAME = Pattern.compile(
            "(?<![А-ЯЁа-яё])(?:" + NOT_A_POST + SURNAME + "\\s" + INITIALS + "|" + INITIALS + "\\s?" + SURNAME + ")");
    private static final Pattern NAME_ONLY = Pattern.compile(
            "^[_\\s/]*(?:" + SURNAME + "\\s" + INITIALS + "|" + INITIALS + "\\s?" + SURNAME + ")[_\\s/]*$");
    private static final Pattern PARENTHESES = Pattern.compile("\\(([^()]{1,300})\\)");

    private Persons() {
    }

    /** Every name in the text, as printed, in order, without repeats. */
    static List<String> find(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            names.add(Words.squeeze(m.group()));
        }
        return new ArrayList<>(names);
    }

    /** Names inside parentheses only: "(Зотова Ю.В.)", "(Иванов И.И., Петров П.П.)". */
    static List<String> inParentheses(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARENTHESES.matcher(text);
        while (m.find()) {
            names.addAll(find(m.group(1)));
        }
        return new ArrayList<>(names);
    }

    static boolean isNameOnly(String line) {
        return line.length() < 60 && NAME_ONLY.matcher(line).matches();
    }
}

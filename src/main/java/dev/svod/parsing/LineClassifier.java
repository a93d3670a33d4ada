package dev.svod.parsing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Gives each logical line its {@link LineKind} from the words it starts with. */
final class LineClassifier {

    private static final String WORD_END = "(?![а-яёА-ЯЁ])";

    private static final Pattern DEADLINE = Pattern.compile(
            "^(?:Срок[а-яё]*|СРОК[А-ЯЁ]*)" + WORD_END
                    + "(?:\\s+(?:исполнения|выполнения|реализации|представления|исп\\.))?\\s*[:–—-]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern RESPONSIBLE = Pattern.compile(
            "^(?:Ответственн[а-яё]*(?:\\s+исполнител[а-яё]*)?|ОТВЕТСТВЕНН[А-ЯЁ]*|Исполнител[а-яё]*|Отв\\.)"
                    + "\\s*[:–—-]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern AGENDA = Pattern.compile(
            "^(?:ПОВЕСТКА|Повестка)(?:\\s+(?:ДНЯ|дня|заседания|ЗАСЕДАНИЯ|совещания|СОВЕЩАНИЯ|коллегии|КОЛЛЕГИИ|совета))?"
                    + WORD_END + "\\s*[:.]?\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern HEARD = Pattern.compile(
            "^(?:СЛУШАЛИ|Слушали|ЗАСЛУШАЛИ|Заслушали|ВЫСТУПИЛИ|Выступили)" + WORD_END + "\\s*[:.]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern DECIDED = Pattern.compile(
            "^(?:РЕШИЛИ|Решили|ПОСТАНОВИЛИ|Постановили|ПОСТАНОВЛЯЕТ|Приняли решение|ПРИНЯЛИ РЕШЕНИЕ|Принято решение"
                    + "|Рекомендовано|РЕКОМЕНДОВАНО"
                    + "|(?:Коллегия|КОЛЛЕГИЯ|Совет|СОВЕТ|Совещание|СОВЕЩАНИЕ|Комиссия|КОМИССИЯ|Участники|Члены)"
                    + "(?:\\s+[а-яё]+){0,3}?\\s+(?:решил[аио]?|РЕШИЛ[АИО]?|постановил[аио]?|ПОСТАНОВИЛ[АИО]?|рекомендует|решает))"
                    + WORD_END + "\\s*[:.]?\\s*(.*)$"
                    + "|^(?:РЕШЕНИЕ|Решение)(?:\\s+(?:коллегии|совета|совещания|КОЛЛЕГИИ|СОВЕТА|СОВЕЩАНИЯ))?\\s*:\\s*(.*)$",
            Pattern.DOTALL);
    /**
     * The operative word of an order or a resolution, alone or closing its preamble: "ПОСТАНОВЛЯЮ:", "…, приказываю:",
     * "Совет муниципального района решил:".
     */
    private static final Pattern ORDERS = Pattern.compile(
            "(?:^|\\s)(?:ПОСТАНОВЛЯЮ|Постановляю|постановляю|ПРИКАЗЫВАЮ|Приказываю|приказываю|РАСПОРЯЖАЮСЬ|распоряжаюсь"
                    + "|ОБЯЗЫВАЮ|обязываю|ПОСТАНОВЛЯЕТ|постановляет|РЕШИЛ[АИО]?|решил[аио]?|ПОСТАНОВИЛ[АИО]?|постановил[аио]?)"
                    + "\\s*:\\s*$|^(?:ПОСТАНОВЛЯЮ|ПРИКАЗЫВАЮ|РАСПОРЯЖАЮСЬ|ОБЯЗЫВАЮ|РЕШИЛ|ПОСТАНОВИЛ)\\s*[:.]?\\s*$");
    private static final Pattern PRESENT = Pattern.compile(
            "^(?:Присутствовали|ПРИСУТСТВОВАЛИ|Присутствуют|Приглаш[её]нные|Приглашены|Председательствовал[аи]?"
                    + "|Председательствующий|ПРЕДСЕДАТЕЛЬСТВОВАЛ[АИ]?|Отсутствовали)" + WORD_END + "\\s*[:.–—-]?\\s*(.*)$",
            Pattern.DOTALL);
    private static final Pattern SIGNATURE = Pattern.compile(
            "^(?:Председатель|ПРЕДСЕДАТЕЛЬ|Секретарь|СЕКРЕТАРЬ|Заместитель председателя|Протокол вел[а]?)"
                    + WORD_END + "[\\s,:]*(.*)$", Pattern.DOTALL);
    private static final Pattern BULLET = Pattern.compile("^(?:[-–—•·▪►*]\\s*(?=[^-–—\\s])|[а-е]\\)\\s)");

    private LineClassifier() {
    }

    static List<ClassifiedLine> classify(List<String> lines) {
        List<ClassifiedLine> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            out.add(classify(lines.get(i), i));
        }
        return out;
    }

    /** @param index the line's place in the document: a bare "Решение" in the first lines names the kind */
    static ClassifiedLine classify(String line, int index) {
        Optional<DecisionNumber> number = DecisionNumber.read(line);
        if (number.isPresent()) {
            String rest = line.substring(number.get().length()).trim();
            ClassifiedLine marker = marker(rest, index);
            if (marker.kind() == LineKind.HEARD || marker.kind() == LineKind.DECIDED) {
                return new ClassifiedLine(marker.kind(), line, number.get(), marker.rest());
            }
            return new ClassifiedLine(LineKind.NUMBERED, line, number.get(), rest);
        }
        Matcher bullet = BULLET.matcher(line);
        if (bullet.lookingAt()) {
            return new ClassifiedLine(LineKind.BULLET, line, null, line.substring(bullet.end()).trim());
        }
        return marker(line, index);
    }

    private static ClassifiedLine marker(String line, int index) {
        if (Persons.isNameOnly(line)) {
            return new ClassifiedLine(LineKind.NAME_ONLY, line, null, line);
        }
        if (index > 2 && (line.equals("Решение") || line.equals("РЕШЕНИЕ") || line.equals("РЕШИЛИ"))) {
            return new ClassifiedLine(LineKind.DECIDED, line, null, "");
        }
        Object[][] table = {
                {DEADLINE, LineKind.DEADLINE}, {RESPONSIBLE, LineKind.RESPONSIBLE}, {AGENDA, LineKind.AGENDA_MARKER},
                {HEARD, LineKind.HEARD}, {DECIDED, LineKind.DECIDED}, {PRESENT, LineKind.PRESENT},
                {SIGNATURE, LineKind.SIGNATURE}};
        if (line.length() < 1500 && ORDERS.matcher(line).find()) {
            return new ClassifiedLine(LineKind.DECIDED, line, null, "");
        }
        for (Object[] row : table) {
            Matcher m = ((Pattern) row[0]).matcher(line);
            if (m.matches()) {
                return new ClassifiedLine((LineKind) row[1], line, null, lastGroup(m));
            }
        }
        return ClassifiedLine.text(line);
    }

    private static String lastGroup(Matcher m) {
        for (int g = m.groupCount(); g >= 1; g--) {
            if (m.group(g) != null) {
                return m.group(g).trim();
            }
        }
        return "";
    }
}

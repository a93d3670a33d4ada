package dev.svod.parsing;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** "По первому вопросу", "По 2 вопросу", "По вопросу № 3": which agenda item the text that follows is about. */
final class TopicOrdinals {

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:По|ПО)\\s+(?:(перв|втор|трет|четв[её]рт|пят|шест|седьм|восьм|девят|десят)[а-яё]*\\s+вопрос"
                    + "|вопросу\\s*(?:№\\s*)?(\\d{1,2})(?!\\d)|(\\d{1,2})\\s*(?:-?(?:му|ому))?\\s+вопрос)",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);
    private static final String[] STEMS = {"перв", "втор", "трет", "четверт", "пят", "шест", "седьм", "восьм", "девят", "десят"};

    private TopicOrdinals() {
    }

    static OptionalInt of(String text) {
        Matcher m = ORDINAL.matcher(text);
        if (!m.lookingAt()) {
            return OptionalInt.empty();
        }
        if (m.group(1) != null) {
            String stem = Words.lower(m.group(1));
            for (int i = 0; i < STEMS.length; i++) {
                if (STEMS[i].equals(stem)) {
                    return OptionalInt.of(i + 1);
                }
            }
            return OptionalInt.empty();
        }
        return OptionalInt.of(Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3)));
    }
}

package dev.svod.parsing;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Which of the dates at the top of a document is its own. Two kinds of date are never it: the date of another
 * act the text refers to ("в соответствии с Законом … от 10.07.1992", "утвержденным приказом … от 15.08.2018":
 * the act is named in an oblique case before its "от"), and a deadline ("до 30.05.2011", "с 5 апреля 2010",
 * "не позднее …"). A document's own date reads "Постановление … от …", "Приложение к приказу от …", or stands
 * alone. When only such other dates are found, the document is taken as undated.
 */
final class DocumentDates {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern REFERENCE = Pattern.compile(
            "(?<![а-яё])(?:законом|закона|указом|указа|постановлением|постановлениями|приказом|приказами|распоряжением"
                    + "|решением|решениями|письмом|протоколом)(?![а-яё])[^.;:]{0,200}?(?<![а-яё])от\\s*$"
                    + "|(?<![а-яё])(?:на основании|во исполнение|в соответствии с|согласно|руководствуясь)(?![а-яё])"
                    + "[^.;:]{0,230}?(?<![а-яё])от\\s*$", FLAGS);
    private static final Pattern DEADLINE_BEFORE = Pattern.compile(
            "(?<![а-яё])(?:до|с|со|по|к|не позднее|позднее|срок[а-яё]*\\s*[:–—-]?)\\s*$", FLAGS);
    private static final int LOOK_BACK = 250;

    private DocumentDates() {
    }

    /** The first date that is the document's own: after "от" if any has one, else the first standing alone. */
    static @Nullable LocalDate own(String text, Pattern dated) {
        List<RussianDates.Found> found = RussianDates.findAll(text);
        java.util.regex.Matcher m = dated.matcher(text);
        while (m.find()) {
            for (RussianDates.Found f : found) {
                if (f.start() == m.end() && !isOther(text, f.start())) {
                    return f.date();
                }
            }
        }
        for (RussianDates.Found f : found) {
            if (!isOther(text, f.start())) {
                return f.date();
            }
        }
        return null;
    }

    /** The date starting here belongs to another act or is a deadline. */
    static boolean isOther(String text, int dateStart) {
        String before = text.substring(Math.max(0, dateStart - LOOK_BACK), dateStart);
        return REFERENCE.matcher(before).find() || DEADLINE_BEFORE.matcher(before).find();
    }
}

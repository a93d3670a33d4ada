package dev.svod.parsing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentDatesTest {

    private static final Pattern DATED = Pattern.compile("(?<![а-яё])от\\s+", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "Постановление Правительства Самарской области от 21.10.2010 № 507|2010-10-21",
            "Приложение к постановлению от 18.04.2006 г № 181|2006-04-18",
            "В соответствии с Законом Российской Федерации от 10.07.1992 N 3266-1 \"Об образовании\"|null",
            "утвержденным приказом Министерства образования от 15.08.2018 г. N 774, приказываю|null",
            "на основании постановления Правительства Республики от 27.09.2011 N 500|null",
            "Все мероприятия провести до 01 сентября 2019 года.|null",
            "Провести конкурс с 5 апреля 2010 года|null",
            "(в ред. Постановлением Правительства области от 23 июля 2008 г.) ПОСТАНОВЛЕНИЕ от 25 июля 2007 г.|2007-07-25"})
    void own_headerText_givesTheDocumentsOwnDate(String text, LocalDate expected) {
        assertThat(DocumentDates.own(text, DATED)).isEqualTo(expected);
    }
}

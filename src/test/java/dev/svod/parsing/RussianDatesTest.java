package dev.svod.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class RussianDatesTest {

    @ParameterizedTest
    @CsvSource({"января,1", "январь,1", "январе,1", "январём,1", "ФЕВРАЛЯ,2", "марте,3", "мая,5", "май,5", "маем,5",
            "июне,6", "августа,8", "сентябрю,9", "окт.,10", "декабрем,12"})
    void month_anyCase_readsMonth(String word, int month) {
        assertThat(RussianDates.month(word)).hasValue(month);
    }

    @Test
    void month_otherWord_isEmpty() {
        assertThat(RussianDates.month("марка")).isEmpty();
        assertThat(RussianDates.month("мастер")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "от 23 октября 2020 года|2020-10-23", "от 03 июня 2021 года|2021-06-03", "30.03.2021|2021-03-30",
            "(протокол № от 16.12.2021)|2021-12-16", "до 01.12. 2020 г.|2020-12-01", "до 01.05 2022|2022-05-01",
            "до 01..05.2022|2022-05-01", "1.9.22|2022-09-01", "9 декабря 2021 года|2021-12-09", "15-го июня, 2021|2021-06-15",
            "01/12/2020|2020-12-01"})
    void first_printedDate_readsDate(String text, String date) {
        assertThat(RussianDates.first(text)).hasValue(LocalDate.parse(date));
    }

    @Test
    void findAll_impossibleOrPartialDate_isSkipped() {
        assertThat(RussianDates.findAll("31.02.2022, 2.1-2.3, 1 марта, п. 1.2.3.1")).isEmpty();
    }

    @Test
    void year_twoDigitsOrOutOfRange_isReadOrRefused() {
        assertThat(RussianDates.year("22")).hasValue(2022);
        assertThat(RussianDates.year("1812")).isEmpty();
    }
}

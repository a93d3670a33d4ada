package dev.svod.parsing;

import dev.svod.protocol.Deadline;
import dev.svod.protocol.DeadlineKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class DeadlineParserTest {

    private static final LocalDate PROTOCOL = LocalDate.of(2021, 12, 16);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            // seed forms
            "до 01.12. 2020 г.|DATE|2020-12-01|2020-12-01",
            "до 01 февраля 2021 г.|DATE|2021-02-01|2021-02-01",
            "до 15 июня 2021 г. г.|DATE|2021-06-15|2021-06-15",
            "– до 01.06.2021.|DATE|2021-06-01|2021-06-01",
            "до 31.05.2021 года|DATE|2021-05-31|2021-05-31",
            "февраль 2022 года|MONTH|2022-02-01|2022-02-28",
            "март-июнь 2022 года|RANGE|2022-03-01|2022-06-30",
            "в течение 2022 года|YEAR|2022-01-01|2022-12-31",
            "1 сентября 2022 года|DATE|2022-09-01|2022-09-01",
            "январь-март 2022 года|RANGE|2022-01-01|2022-03-31",
            "(до 01.03.2022)|DATE|2022-03-01|2022-03-01",
            "(апрель 2022)|MONTH|2022-04-01|2022-04-30",
            "(январь февраль 2022)|RANGE|2022-01-01|2022-02-28",
            "(январь-май, 2022)|RANGE|2022-01-01|2022-05-31",
            "(до 01.05 2022)|DATE|2022-05-01|2022-05-01",
            // forms real protocols add
            "не позднее 1 марта 2022 г.|DATE|2022-03-01|2022-03-01",
            "не позже 10.02.2022|DATE|2022-02-10|2022-02-10",
            "к 1 сентября 2022 года|DATE|2022-09-01|2022-09-01",
            "до конца 2022 года|DATE|2022-12-31|2022-12-31",
            "до конца марта 2022 г.|DATE|2022-03-31|2022-03-31",
            "до начала 2023 года|DATE|2023-01-01|2023-01-01",
            "I квартал 2022 г.|RANGE|2022-01-01|2022-03-31",
            "в IV квартале 2022 года|RANGE|2022-10-01|2022-12-31",
            "2 квартал 2022|RANGE|2022-04-01|2022-06-30",
            "в I-II квартале 2022 года|RANGE|2022-01-01|2022-06-30",
            "второй квартал 2022 года|RANGE|2022-04-01|2022-06-30",
            "II полугодие 2022 года|RANGE|2022-07-01|2022-12-31",
            "первое полугодие 2022 г.|RANGE|2022-01-01|2022-06-30",
            "в 2022-2023 учебном году|RANGE|2022-09-01|2023-08-31",
            "2022/2023 учебный год|RANGE|2022-09-01|2023-08-31",
            "2022-2024 годы|RANGE|2022-01-01|2024-12-31",
            "в 2022 году|YEAR|2022-01-01|2022-12-31",
            "в 2022году|YEAR|2022-01-01|2022-12-31",
            "в сентябре 2022 г.|MONTH|2022-09-01|2022-09-30",
            "1-15 марта 2022 года|RANGE|2022-03-01|2022-03-15",
            "с 1 февраля по 15 марта 2022 г.|RANGE|2022-02-01|2022-03-15",
            "с 01.02.2022 до 01.04.2022|RANGE|2022-02-01|2022-04-01",
            "декабрь 2021 - январь 2022|RANGE|2021-12-01|2022-01-31",
            "ноябрь-январь 2022|RANGE|2021-11-01|2022-01-31",
            "с 1 сентября 2022 года|RANGE|2022-09-01|-",
            "срок готовности программы – 1 ноября 2014 г.|DATE|2014-11-01|2014-11-01",
            // the protocol's date fills what the text leaves out
            "до 1 марта т.г.|DATE|2021-03-01|2021-03-01",
            "до 1 марта текущего года|DATE|2021-03-01|2021-03-01",
            "до 1 февраля|DATE|2022-02-01|2022-02-01",
            "в течение текущего учебного года|RANGE|2021-09-01|2022-08-31",
            "до конца следующего года|DATE|2022-12-31|2022-12-31",
            "до конца года|DATE|2021-12-31|2021-12-31",
            "до конца текущего года|DATE|2021-12-31|2021-12-31",
            "до конца учебного года|DATE|2022-08-31|2022-08-31",
            "до конца месяца|DATE|2021-12-31|2021-12-31",
            "с 10 по 14 марта т.г.|RANGE|2021-03-10|2021-03-14",
            "в период с 10 по 14 марта т.г.|RANGE|2021-03-10|2021-03-14",
            "с 3 по 7 мая 2015 года|RANGE|2015-05-03|2015-05-07",
            "с 01.09 по 30.09.2022|RANGE|2022-09-01|2022-09-30",
            "с 01.09. по 30.09.2022 г.|RANGE|2022-09-01|2022-09-30",
            "к 1 сентября|DATE|2022-09-01|2022-09-01",
            "не позднее 20.12|DATE|2021-12-20|2021-12-20",
            "IV квартал 2022 г.|RANGE|2022-10-01|2022-12-31",
            "в декабре т.г.|MONTH|2021-12-01|2021-12-31",
            "до 1 марта следующего года|DATE|2022-03-01|2022-03-01",
            "в течение следующего года|YEAR|2022-01-01|2022-12-31"})
    void parse_deadlineText_readsKindAndDates(String text, DeadlineKind kind, String from, String to) {
        Deadline d = DeadlineParser.parse(text, PROTOCOL);

        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.from()).isEqualTo(from == null ? null : LocalDate.parse(from));
        assertThat(d.to()).isEqualTo(to == null ? null : LocalDate.parse(to));
        assertThat(d.shared()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "постоянно|ONGOING|",
            "Постоянно.|ONGOING|",
            "на постоянной основе|ONGOING|",
            "в течение года|ONGOING|",
            "в течение учебного года|ONGOING|",
            "в течение всего периода|ONGOING|",
            "проведение ежегодных конкурсов|PERIODIC|yearly",
            "постоянно, с представлением итогов 1 раз в год на собеседовании|ONGOING|yearly",
            "ежеквартально, в срок до 5 числа месяца, следующего за отчетным|PERIODIC|quarterly",
            "ежегодно|PERIODIC|yearly",
            "ежемесячно, до 10 числа|PERIODIC|monthly",
            "ежегодно до 1 марта|PERIODIC|yearly",
            "2 раза в год|PERIODIC|semiannually",
            "один раз в квартал|PERIODIC|quarterly",
            "по итогам каждого месяца|PERIODIC|monthly"})
    void parse_recurringOrOngoing_readsRecurrence(String text, DeadlineKind kind, String recurrence) {
        Deadline d = DeadlineParser.parse(text, PROTOCOL);

        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.recurrence()).isEqualTo(recurrence == null || recurrence.isEmpty() ? null : recurrence);
        assertThat(d.from()).isNull();
        assertThat(d.to()).isNull();
    }

    @Test
    void parse_recurrenceWithinExplicitYears_keepsTheSpan() {
        Deadline d = DeadlineParser.parse("ежегодно в течение 2022-2024 гг.", PROTOCOL);

        assertThat(d.kind()).isEqualTo(DeadlineKind.PERIODIC);
        assertThat(d.recurrence()).isEqualTo("yearly");
        assertThat(d.from()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void parse_dayWithoutYearAndNoProtocolDate_isNoneWithRawKept() {
        Deadline d = DeadlineParser.parse("до 1 марта", null);

        assertThat(d.kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(d.raw()).isEqualTo("до 1 марта");
    }

    @Test
    void parse_unreadableText_isNoneWithRaw() {
        assertThat(DeadlineParser.parse("согласно протоколу", PROTOCOL))
                .isEqualTo(new Deadline(DeadlineKind.NONE, null, null, null, "согласно протоколу", false));
        assertThat(DeadlineParser.parse("  ", PROTOCOL)).isEqualTo(Deadline.NONE);
        assertThat(DeadlineParser.parse(null, PROTOCOL)).isEqualTo(Deadline.NONE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "по мере необходимости",
            "при необходимости",
            "в установленные сроки",
            "в сроки, установленные Министерством",
            "по отдельному графику",
            "согласно графику",
            "при разработке отраслевых программ"})
    void parse_timeNotStated_isUnspecifiedWithoutDates(String text) {
        Deadline d = DeadlineParser.parse(text, PROTOCOL);

        assertThat(d.kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(d.from()).isNull();
        assertThat(d.to()).isNull();
        assertThat(d.recurrence()).isNull();
        assertThat(d.raw()).isEqualTo(text);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "в течение 10 дней со дня подписания|со дня подписания",
            "в течение 10 рабочих дней со дня подписания настоящего приказа|со дня подписания настоящего приказа",
            "в месячный срок|-",
            "в течение месяца|-",
            "в двухнедельный срок после получения результатов|после получения результатов",
            "не позднее 5 дней после проведения мероприятия|после проведения мероприятия",
            "в 10-дневный срок с момента поступления|с момента поступления",
            "через месяц после утверждения плана|после утверждения плана",
            "по завершению учебного процесса 2011/2012 учебного года|по завершению учебного процесса 2011/2012 учебного года",
            "после проведения совещания|после проведения совещания",
            "со дня его официального опубликования|со дня его официального опубликования",
            "с момента подписания|с момента подписания"})
    void parse_termFromAnEvent_isRelativeWithAnchor(String text, String anchor) {
        Deadline d = DeadlineParser.parse(text, PROTOCOL);

        assertThat(d.kind()).isEqualTo(DeadlineKind.RELATIVE);
        assertThat(d.anchor()).isEqualTo(anchor);
        assertThat(d.from()).isNull();
        assertThat(d.to()).isNull();
        assertThat(d.raw()).isEqualTo(text);
    }

    @Test
    void parse_relativeTermBoundedByDate_isTheDate() {
        Deadline d = DeadlineParser.parse("в течение 10 дней со дня подписания, но не позднее 1 марта 2022 г.", PROTOCOL);

        assertThat(d.kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(d.to()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void parse_startAndEndCellsOfATable_areARange() {
        Deadline days = DeadlineParser.parse("20.03.2008 | 30.12.2008", PROTOCOL);
        Deadline years = DeadlineParser.parse("2014 | 2020", null);

        assertThat(days.kind()).isEqualTo(DeadlineKind.RANGE);
        assertThat(days.from()).isEqualTo(LocalDate.of(2008, 3, 20));
        assertThat(days.to()).isEqualTo(LocalDate.of(2008, 12, 30));
        assertThat(years.kind()).isEqualTo(DeadlineKind.RANGE);
        assertThat(years.from()).isEqualTo(LocalDate.of(2014, 1, 1));
        assertThat(years.to()).isEqualTo(LocalDate.of(2020, 12, 31));
    }

    @Test
    void parse_secondHalfWithoutYear_takesTheProtocolYear() {
        Deadline d = DeadlineParser.parse("во II полугодии", LocalDate.of(2022, 3, 15));

        assertThat(d.kind()).isEqualTo(DeadlineKind.RANGE);
        assertThat(d.from()).isEqualTo(LocalDate.of(2022, 7, 1));
        assertThat(d.to()).isEqualTo(LocalDate.of(2022, 12, 31));
    }

    @Test
    void parse_monthlyByDayOfMonth_isPeriodicMonthly() {
        Deadline d = DeadlineParser.parse("ежемесячно до 5 числа", PROTOCOL);

        assertThat(d.kind()).isEqualTo(DeadlineKind.PERIODIC);
        assertThat(d.recurrence()).isEqualTo("monthly");
    }

    @Test
    void parse_severalDates_firstIsDueOthersKept() {
        Deadline d = DeadlineParser.parse("до 1 марта 2022 г. (проект), до 1 мая 2022 г. (итоговый отчет)", PROTOCOL);

        assertThat(d.kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(d.to()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(d.otherDates()).containsExactly(LocalDate.of(2022, 5, 1));
    }

    @Test
    void parse_impossibleDate_isNotRead() {
        assertThat(DeadlineParser.parse("до 31.02.2022", PROTOCOL).kind()).isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void parse_labelAndEndPunctuation_areLeftOutOfRaw() {
        assertThat(DeadlineParser.parse(": до 01.12. 2020 г.", PROTOCOL).raw()).isEqualTo("до 01.12. 2020 г.");
        assertThat(DeadlineParser.parse("– постоянно.", PROTOCOL).raw()).isEqualTo("постоянно");
    }
}

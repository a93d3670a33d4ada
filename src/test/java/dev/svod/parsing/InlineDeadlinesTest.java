package dev.svod.parsing;

import dev.svod.protocol.DeadlineKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class InlineDeadlinesTest {

    private static final LocalDate PROTOCOL = LocalDate.of(2021, 12, 16);

    @Test
    void find_closingParenthesisWithDate_isStrongDeadline() {
        var found = InlineDeadlines.find("Привести в соответствие показатели (до 01.04.2022).", PROTOCOL).orElseThrow();

        assertThat(found.strong()).isTrue();
        assertThat(found.deadline().to()).isEqualTo(LocalDate.of(2022, 4, 1));
    }

    @Test
    void find_closingDoClause_isStrongDeadline() {
        var found = InlineDeadlines.find("Внести коррективы в положение (МСОКО) до 01.03.2022;", PROTOCOL).orElseThrow();

        assertThat(found.strong()).isTrue();
        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(found.deadline().to()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void find_labelledTermInParentheses_isRead() {
        var found = InlineDeadlines.find("Разработать программу (срок готовности программы – 1 ноября 2014 г.) и представить её.", PROTOCOL);

        assertThat(found).hasValueSatisfying(f -> assertThat(f.deadline().to()).isEqualTo(LocalDate.of(2014, 11, 1)));
    }

    @Test
    void find_closingYearPhrase_isWeakDeadline() {
        var found = InlineDeadlines.find("Рассмотреть вопрос об эффективности решений (от 16.12.2021) в 2022году.", PROTOCOL).orElseThrow();

        assertThat(found.strong()).isFalse();
        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.YEAR);
    }

    @Test
    void find_termInsideTheText_isStrongDeadline() {
        var found = InlineDeadlines.find("Рекомендовать руководителям ОО в срок до 15.11.2022 представить планы работы.", PROTOCOL);

        assertThat(found).hasValueSatisfying(f -> {
            assertThat(f.strong()).isTrue();
            assertThat(f.deadline().to()).isEqualTo(LocalDate.of(2022, 11, 15));
        });
    }

    @Test
    void find_parenthesisThatIsNotATime_isIgnored() {
        assertThat(InlineDeadlines.find("Утвердить дорожную карту (приложение 1).", PROTOCOL)).isEmpty();
        assertThat(InlineDeadlines.find("Рассмотреть решения ГМС (от 16.12.2021).", PROTOCOL)).isEmpty();
        assertThat(InlineDeadlines.find("Довести до сведения руководителей.", PROTOCOL)).isEmpty();
    }

    @Test
    void find_yearInsideTheText_isNotADeadline() {
        assertThat(InlineDeadlines.find("Включить в план работы на 2021 год мероприятия по направлениям.", PROTOCOL)).isEmpty();
    }

    @Test
    void find_eventDateInsideTheText_isWeakDate() {
        var found = InlineDeadlines.find("Подготовить и провести 23 августа 2010 года областное совещание работников.", PROTOCOL)
                .orElseThrow();

        assertThat(found.strong()).isFalse();
        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.DATE);
        assertThat(found.deadline().from()).isEqualTo(LocalDate.of(2010, 8, 23));
    }

    @Test
    void find_dayRangeWithCurrentYearInsideTheText_isRange() {
        var found = InlineDeadlines.find("Провести в период с 25 по 27 августа т.г. совещания педагогов.", LocalDate.of(2010, 8, 9))
                .orElseThrow();

        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.RANGE);
        assertThat(found.deadline().from()).isEqualTo(LocalDate.of(2010, 8, 25));
        assertThat(found.deadline().to()).isEqualTo(LocalDate.of(2010, 8, 27));
    }

    @Test
    void find_yearRightAfterEventVerb_isYear() {
        var found = InlineDeadlines.find("Провести в 2012 году областной конкурс учреждений отдыха.", PROTOCOL).orElseThrow();

        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.YEAR);
        assertThat(found.deadline().to()).isEqualTo(LocalDate.of(2012, 12, 31));
    }

    @Test
    void find_entryIntoForce_isRelativeToTheEvent() {
        var found = InlineDeadlines.find("Настоящее постановление вступает в силу со дня его официального опубликования.", PROTOCOL)
                .orElseThrow();

        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.RELATIVE);
        assertThat(found.deadline().anchor()).isEqualTo("со дня его официального опубликования");
    }

    @Test
    void find_termFromSigningInsideTheText_isRelative() {
        var found = InlineDeadlines.find("Представить в течение 10 дней со дня подписания настоящего приказа отчет.", PROTOCOL)
                .orElseThrow();

        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.RELATIVE);
        assertThat(found.deadline().anchor()).isEqualTo("со дня подписания настоящего приказа отчет");
    }

    @Test
    void find_referencesHorizonsAndNamedDocuments_areNotDeadlines() {
        assertThat(InlineDeadlines.find("Руководствоваться приказом от 12.03.2021 № 45 при работе.", PROTOCOL)).isEmpty();
        assertThat(InlineDeadlines.find("Подготовить предложения в Стратегию развития образования до 2030 года.", PROTOCOL)).isEmpty();
        assertThat(InlineDeadlines.find("Утвердить прилагаемый Порядок организации лагерей в 2021 году.", PROTOCOL)).isEmpty();
        assertThat(InlineDeadlines.find("Контроль возложить на заместителя. Последнее изменение: 08.02.2016 11:51:12", PROTOCOL)).isEmpty();
    }

    @Test
    void find_severalDates_closingOneIsDueOthersKept() {
        var found = InlineDeadlines.find("Представить проект до 1 марта 2022 г., итоговый отчет до 1 мая 2022 г.", PROTOCOL)
                .orElseThrow();

        assertThat(found.deadline().to()).isEqualTo(LocalDate.of(2022, 5, 1));
        assertThat(found.deadline().otherDates()).containsExactly(LocalDate.of(2022, 3, 1));
    }

    @Test
    void dates_textBesideADeadlineLine_givesItsDates() {
        assertThat(InlineDeadlines.dates("Подготовить отчеты (в срок до 10 августа 2015 года) по итогам ГИА.", PROTOCOL))
                .containsExactly(LocalDate.of(2015, 8, 10));
    }

    @Test
    void find_eventBeforeTheVerb_isUnspecifiedWithTheEventAsRaw() {
        var found = InlineDeadlines.find("Рекомендовать органам местного самоуправления при формировании бюджетов "
                + "на очередной год предусмотреть средства на питание обучающихся.", PROTOCOL).orElseThrow();

        assertThat(found.deadline().kind()).isEqualTo(DeadlineKind.UNSPECIFIED);
        assertThat(found.deadline().raw()).isEqualTo("при формировании бюджетов на очередной год");
    }

    @Test
    void find_eventAfterTheVerbOrAccompaniment_isNoDeadline() {
        assertThat(InlineDeadlines.find("Обеспечить безопасность детей при проведении экскурсий.", PROTOCOL)).isEmpty();
        assertThat(InlineDeadlines.find("Управлению образования при поддержке фонда провести конкурс.", PROTOCOL)).isEmpty();
    }
}

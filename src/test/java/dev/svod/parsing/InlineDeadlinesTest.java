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
}

package dev.svod.parsing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LineClassifierTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1.2. Организовать обучение|NUMBERED|Организовать обучение",
            "- по самоопределению обучающихся;|BULLET|по самоопределению обучающихся;",
            "а) подготовить перечень|BULLET|подготовить перечень",
            "Срок: до 01.12. 2020 г.|DEADLINE|до 01.12. 2020 г.",
            "Срок исполнения – постоянно|DEADLINE|постоянно",
            "Сроки: I квартал 2022 г.|DEADLINE|I квартал 2022 г.",
            "Ответственный: Иванов И.И.|RESPONSIBLE|Иванов И.И.",
            "Повестка заседания|AGENDA_MARKER|''",
            "ПОВЕСТКА ДНЯ: О плане работы|AGENDA_MARKER|О плане работы",
            "СЛУШАЛИ: Орлова В.А.|HEARD|Орлова В.А.",
            "РЕШИЛИ:|DECIDED|''",
            "Решение:|DECIDED|''",
            "Коллегия решила:|DECIDED|''",
            "Совет решил: принять к сведению|DECIDED|принять к сведению",
            "ПОСТАНОВИЛИ: 1.1. Утвердить|DECIDED|1.1. Утвердить",
            "Председательствовал: Орлов В.А.|PRESENT|Орлов В.А.",
            "Председатель совета,|SIGNATURE|совета,",
            "Ю.В. Зотова|NAME_ONLY|Ю.В. Зотова",
            "Решением совета утвердить|TEXT|Решением совета утвердить",
            "Председателю комиссии обеспечить|TEXT|Председателю комиссии обеспечить"})
    void classify_line_givesKindAndRest(String line, LineKind kind, String rest) {
        ClassifiedLine c = LineClassifier.classify(line, 10);

        assertThat(c.kind()).isEqualTo(kind);
        assertThat(c.rest()).isEqualTo(rest);
    }

    @Test
    void classify_numberedHeard_keepsNumber() {
        ClassifiedLine c = LineClassifier.classify("2. СЛУШАЛИ: Семченко Е.Е.", 10);

        assertThat(c.kind()).isEqualTo(LineKind.HEARD);
        assertThat(c.number().printed()).isEqualTo("2");
    }

    @Test
    void classify_bareDecisionWordInFirstLines_isTheKindNotAMarker() {
        assertThat(LineClassifier.classify("Решение", 0).kind()).isEqualTo(LineKind.TEXT);
        assertThat(LineClassifier.classify("Решение", 12).kind()).isEqualTo(LineKind.DECIDED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"По первому вопросу.|1", "По третьему вопросу. Утвердить|3", "ПО ВТОРОМУ ВОПРОСУ:|2",
            "По вопросу № 4|4", "По 5 вопросу повестки|5"})
    void topicOrdinals_of_readsAgendaItem(String text, int item) {
        assertThat(TopicOrdinals.of(text)).hasValue(item);
    }

    @Test
    void topicOrdinals_of_otherText_isEmpty() {
        assertThat(TopicOrdinals.of("По итогам мониторинга")).isEmpty();
    }
}

package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DocumentKindsTest {

    @Test
    void infer_selfReference_givesThatKind() {
        assertThat(DocumentKinds.infer(List.of("1. Информацию принять к сведению.",
                "2. Настоящее решение вступает в силу со дня принятия."))).isEqualTo("решение");
    }

    @Test
    void infer_operativeWord_givesItsKind() {
        assertThat(DocumentKinds.infer(List.of("В соответствии с Календарем мероприятий приказываю:", "1. Провести конкурс.")))
                .isEqualTo("приказ");
    }

    @Test
    void infer_tableHeaderOfMeasures_givesPlan() {
        assertThat(DocumentKinds.infer(List.of("N п/п", "|", "Направления деятельности", "|", "Сроки", "|", "Ответственные лица")))
                .isEqualTo("план мероприятий");
    }

    @Test
    void infer_nothingSaid_givesNull() {
        assertThat(DocumentKinds.infer(List.of("О совещании по разработке Стратегии развития образования",
                "Участники совещания обсудили мероприятия и сроки их проведения в течение длительного времени, что заняло немало часов работы."))).isNull();
    }
}

package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import dev.svod.protocol.DeadlineKind;
import dev.svod.protocol.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans whose table cells end with "|", read by the whole parser. */
class PipeTablesTest {

    private final ProtocolParser parser = new ProtocolParser();

    @Test
    void parse_oneCellPerLineWithDeadlineBeforeResponsible_readsRows() {
        ParsedProtocol p = parser.parse("""
                N п/п |
                Наименование мероприятий |
                Срок исполнения |
                Ответственные |
                I. Организационные мероприятия | | |
                1. |
                Провести совещание руководителей
                учреждений по вопросам отдыха |
                до 10.04.2010 |
                Управление образования; Н.Н. Корязова |
                2. |
                Организовать учет детей |
                21 апреля 2010 г. |
                А.В. Пилясов |
                """);

        assertThat(p.decisions()).extracting(Decision::number).containsExactly("1", "2");
        Decision first = p.decisions().get(0);
        assertThat(first.text()).startsWith("Провести совещание руководителей учреждений");
        assertThat(first.addressees()).extracting(Addressee::raw, Addressee::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Управление образования", AddresseeKind.MUNICIPAL_AUTHORITY));
        assertThat(first.persons()).containsExactly("Н.Н. Корязова");
        assertThat(first.deadline().to()).isEqualTo(LocalDate.of(2010, 4, 10));
        assertThat(p.decisions().get(1).persons()).containsExactly("А.В. Пилясов");
        assertThat(p.decisions().get(1).deadline().kind()).isEqualTo(DeadlineKind.DATE);
    }

    @Test
    void parse_titleOfMeasuresRightAboveTheHeader_isNoCellOfIt() {
        ParsedProtocol p = parser.parse("""
                План мероприятий по подготовке к учебному году
                № п/п | Наименование мероприятия | Срок исполнения | Ответственный |
                1. | Провести совещание руководителей школ | до 1 сентября 2022 г. | Управление образования |
                """);

        assertThat(p.decisions()).singleElement().satisfies(d -> {
            assertThat(d.text()).isEqualTo("Провести совещание руководителей школ");
            assertThat(d.addressees()).extracting(Addressee::raw).containsExactly("Управление образования");
        });
    }

    @Test
    void parse_rowsOnOneLineWithResponsibleBeforeDeadline_readsColumnsByHeaderWords() {
        ParsedProtocol p = parser.parse("""
                N п/п | Мероприятие | Исполнитель | Срок |
                1. | Подготовка приказа об утверждении регламента | министерство образования | март 2012 года |
                2. | Проведение семинара для экспертов | органы местного самоуправления | постоянно |
                """);

        assertThat(p.decisions()).extracting(Decision::number).containsExactly("1", "2");
        assertThat(p.decisions().get(0).addressees()).extracting(Addressee::kind).containsExactly(AddresseeKind.REGIONAL_AUTHORITY);
        assertThat(p.decisions().get(0).deadline().kind()).isEqualTo(DeadlineKind.MONTH);
        assertThat(p.decisions().get(1).deadline().kind()).isEqualTo(DeadlineKind.ONGOING);
    }

    @Test
    void rewrite_textWithoutTableHeader_isUnchanged() {
        String text = "1. Утвердить план | приложение |\n2. Обеспечить | | | | | |";
        assertThat(PipeTables.rewrite(text)).isEqualTo(text);
    }

    @Test
    void rewrite_romanSectionRowAfterHeader_isNotAColumn() {
        String text = String.join("\n", "N п/п", "|", "Направления деятельности", "|", "Сроки", "|", "Ответственные лица", "|",
                "I. Нормативное сопровождение ГИА", "|", "1", "|", "Приведение базы документов в соответствие", "|",
                "в течение всего периода", "|", "Б.С. Муртазов", "|", "2", "|", "Подготовка материалов по проведению работы", "|",
                "январь-февраль 2014", "|", "Б.С. Муртазов", "|");
        assertThat(PipeTables.rewrite(text)).contains("1. Приведение базы документов в соответствие",
                "2. Подготовка материалов по проведению работы", "Срок: январь-февраль 2014");
    }

    @Test
    void parse_textCutOffInsideItsLastRow_stillReadsThatRow() {
        ParsedProtocol p = parser.parse("""
                N п/п |
                Наименование мероприятий |
                Срок исполнения |
                Ответственные |
                1. |
                Организовать учет детей |
                21 апреля 2010 г. |
                Управление образования |
                2. |
                Провести проверку готовности
                лагерей к летнему""");

        assertThat(p.decisions()).extracting(Decision::number).containsExactly("1", "2");
        assertThat(p.decisions().get(1).text()).startsWith("Провести проверку готовности");
    }
}

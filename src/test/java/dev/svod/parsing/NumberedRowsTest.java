package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NumberedRowsTest {

    private static final String HEADER = "NN Наименование мероприятия Ответственный исполнитель Срок исполнения\n1 2 3 4\n";

    @Test
    void rewrite_rowsUnderPlanHeader_becomeNumberedItemsWithTheirCells() {
        assertThat(NumberedRows.rewrite(HEADER + "1 Проведение классных часов о годовщине катастрофы ГОО Постоянно\n"
                + "2 Тематический просмотр периодики ЦГБ Постоянно"))
                .isEqualTo(HEADER + "1. Проведение классных часов о годовщине катастрофы\nОтветственный: ГОО\nСрок: Постоянно\n"
                        + "2. Тематический просмотр периодики\nОтветственный: ЦГБ\nСрок: Постоянно");
    }

    @Test
    void rewrite_noPlanHeader_leavesTextAlone() {
        String text = "Протокол\n1 Проведение классных часов ГОО Постоянно";
        assertThat(NumberedRows.rewrite(text)).isEqualTo(text);
    }

    @Test
    void rewrite_numberOutOfRun_isNotARow() {
        String text = HEADER + "5 Проведение классных часов";
        assertThat(NumberedRows.rewrite(text)).isEqualTo(text);
    }

    @Test
    void rewrite_sectionRowsNumberedApart_areLeftOut() {
        String header = "N п/п Наименование мероприятия Срок проведения Ответственный исполнитель\n";
        assertThat(NumberedRows.rewrite(header
                + "1. Организационные мероприятия по подготовке Года учителя\n"
                + "1. Проведение заседаний оргкомитета в течение 2010 года министерство образования\n"
                + "2. Проведение заседаний советов в течение 2010 года министерство образования\n"
                + "2. Мероприятия по проведению Года учителя\n"
                + "3. Организация открытия Года учителя февраль 2010 года министерство образования"))
                .isEqualTo(header
                        + "1. Проведение заседаний оргкомитета\nОтветственный: министерство образования\nСрок: в течение 2010 года\n"
                        + "2. Проведение заседаний советов\nОтветственный: министерство образования\nСрок: в течение 2010 года\n"
                        + "3. Организация открытия Года учителя\nОтветственный: министерство образования\nСрок: февраль 2010 года");
    }
}

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
}

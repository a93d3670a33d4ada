package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RowCellsTest {

    @Test
    void deadlineLast_monthWithoutYear_isTheDeadlineCell() {
        assertThat(RowCells.deadlineLast("Анализ заболеваемости среди ликвидаторов МУ \"АГБ\" Май"))
                .isEqualTo("Анализ заболеваемости среди ликвидаторов\nОтветственный: МУ \"АГБ\"\nСрок: Май");
    }

    @Test
    void deadlineLast_abbreviationAfterPreposition_staysInTheActivity() {
        assertThat(RowCells.deadlineLast("Выделение коек для лечения ликвидаторов аварии на ЧАЭС МУ \"АГБ\" Постоянно"))
                .isEqualTo("Выделение коек для лечения ликвидаторов аварии на ЧАЭС\nОтветственный: МУ \"АГБ\"\nСрок: Постоянно");
    }

    @Test
    void deadlineThenDoers_deadlineInTheMiddle_splitsAtTheDoersHeadWord() {
        assertThat(RowCells.deadlineThenDoers("Проведение заседаний комитета в 2010 году на территории области "
                + "в течение 2010 года министерство образования Иркутской области"))
                .isEqualTo("Проведение заседаний комитета в 2010 году на территории области\n"
                        + "Ответственный: министерство образования Иркутской области\nСрок: в течение 2010 года");
    }

    @Test
    void deadlineThenDoers_rowCutOffAfterItsDeadline_keepsTheDeadline() {
        assertThat(RowCells.deadlineThenDoers("Организация проведения детского форума февраль 2010"))
                .isEqualTo("Организация проведения детского форума\nСрок: февраль 2010");
    }

    @Test
    void deadlineThenDoers_noDeadline_leavesRowAlone() {
        assertThat(RowCells.deadlineThenDoers("Организационные мероприятия по подготовке Года учителя"))
                .isEqualTo("Организационные мероприятия по подготовке Года учителя");
    }
}

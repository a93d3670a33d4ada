package dev.svod.parsing;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionNumberTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1. Утвердить|1", "1.1. Внести|1.1", "1.1.2. Разработать|1.1.2", "2.2.Организовать|2.2", "1.1 Внести|1.1",
            "1.2.3.1. Управлению|1.2.3.1", "3) Обеспечить|3", "12. Провести|12", "1.|1", "4.\"Учись\"|4"})
    void read_itemNumber_readsNumberAsPrinted(String line, String expected) {
        assertThat(DecisionNumber.read(line)).hasValueSatisfying(n -> assertThat(n.printed()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"30.03.2021", "01.12. 2020 г.", "1 раз в год", "5 числа", "14:00", "2.1-2.3 представить",
            "2022 год", "Утвердить", "8–9 классов", "0. Ноль", ""})
    void read_dateQuantityOrText_isNotANumber(String line) {
        assertThat(DecisionNumber.read(line)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"1.2.3,1.2", "1.1,1"})
    void printedPrefix_nestedNumber_givesEnclosingNumber(String number, String prefix) {
        assertThat(DecisionNumber.read(number + ". x").orElseThrow().printedPrefix()).hasValue(prefix);
    }
}

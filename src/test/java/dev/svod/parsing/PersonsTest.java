package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PersonsTest {

    @Test
    void find_bothOrders_readsNamesAsPrinted() {
        assertThat(Persons.find("Председательствовал: Орлов В.А., губернатора области; докладчик Ю.В. Зотова, Римский-Корсаков Н. А."))
                .containsExactly("Орлов В.А.", "Ю.В. Зотова", "Римский-Корсаков Н. А.");
    }

    @Test
    void inParentheses_onlyNamesInParentheses() {
        assertThat(Persons.inParentheses("Министерству (Яковлева С.В.) совместно с Ивановым И.И. (далее – министерство)"))
                .containsExactly("Яковлева С.В.");
    }

    @Test
    void isNameOnly_signatureLine_isName() {
        assertThat(Persons.isNameOnly("Ю.Н. Алексеева")).isTrue();
        assertThat(Persons.isNameOnly("______ Е.П. Талкина")).isTrue();
        assertThat(Persons.isNameOnly("Губернатор Амурской области")).isFalse();
    }
}

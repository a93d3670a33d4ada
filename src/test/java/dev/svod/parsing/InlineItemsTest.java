package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class InlineItemsTest {

    @Test
    void split_itemsRunTogetherAfterColon_cutBeforeEachNumber() {
        assertThat(InlineItems.split("В целях реализации инициативы Правительство области постановляет: "
                + "1. Утвердить прилагаемую Концепцию. 2. Утвердить План действий (далее - План). 3. Контроль возложить на министерство."))
                .containsExactly("В целях реализации инициативы Правительство области постановляет:",
                        "1. Утвердить прилагаемую Концепцию.", "2. Утвердить План действий (далее - План).",
                        "3. Контроль возложить на министерство.");
    }

    @Test
    void split_loneNumberInSentence_leftAlone() {
        String line = "В соответствии с пунктом 1. Положения и решением от 25.01.2007 № 454 Дума решила: 1. Утвердить программу.";
        assertThat(InlineItems.split(line)).containsExactly(line);
    }

    @Test
    void split_numbersOutOfOrder_stopAtTheGap() {
        assertThat(InlineItems.split("Решили: 1. Принять к сведению доклад министра. 3. Одобрить проект решения коллегии."))
                .containsExactly("Решили: 1. Принять к сведению доклад министра. 3. Одобрить проект решения коллегии.");
    }

    @Test
    void join_numberSignAtLineEnd_takesTheNumberBelow() {
        assertThat(LineJoiner.join("1.1. Принимаемых к исполнению согласно приложению N\n1.\n1.2. Требующих разъяснения."))
                .isEqualTo(List.of("1.1. Принимаемых к исполнению согласно приложению N 1.", "1.2. Требующих разъяснения."));
    }
}

package dev.svod.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RuYoTokenFilterFactoryTest {

    private final RuYoTokenFilterFactory factory = new RuYoTokenFilterFactory();

    @Test
    void foldsYoInLowerAndUpperCase() {
        assertEquals(List.of("Учет", "ЕЛКА", "еж", "учет"),
                Tokens.analyzeKeepingCase("Учёт ЁЛКА ёж учет", factory::create));
    }

    @Test
    void leavesOtherLettersAlone() {
        assertEquals(List.of("наставничество", "егэ", "2022", "school"),
                Tokens.analyze("Наставничество ЕГЭ 2022 School", factory::create));
    }

    @Test
    void normalizesQueryTermsToo() {
        assertEquals(List.of("учет"), Tokens.analyze("учёт", factory::normalize));
    }
}

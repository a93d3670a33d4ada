package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InstrumentalAgentsTest {

    @Test
    void read_agentAfterAVerbalNoun_isTheBodyWithItsGenitiveWords() {
        assertThat(InstrumentalAgents.read("Установить сроки представления Администрацией Тверской области в Думу "
                + "отчета об исполнении Программы.", true))
                .extracting(Addressee::raw).containsExactly("Администрацией Тверской области");
    }

    @Test
    void read_partnersAfterSovmestnoS_areEachABody() {
        assertThat(InstrumentalAgents.read("Провести совместно с областным институтом развития образования и "
                + "Управлением образования Тверской области конкурс.", true))
                .extracting(Addressee::raw)
                .containsExactly("областным институтом развития образования", "Управлением образования Тверской области");
    }

    @Test
    void read_agentAfterAPassiveVerb_isRead() {
        assertThat(InstrumentalAgents.read("Мониторинг осуществляется министерством образования ежеквартально.", true))
                .extracting(Addressee::raw).containsExactly("министерством образования");
    }

    @Test
    void read_noBodyInTheInstrumental_givesNothing() {
        assertThat(InstrumentalAgents.read("Провести совместно с родителями праздник.", true)).isEmpty();
        assertThat(InstrumentalAgents.read("Утвердить план мероприятий.", true)).isEmpty();
    }
}

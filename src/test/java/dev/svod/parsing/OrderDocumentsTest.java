package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import dev.svod.protocol.Decision;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Orders, resolutions and plans as regional and municipal authorities print them, read by the whole parser. */
class OrderDocumentsTest {

    private final ProtocolParser parser = new ProtocolParser();

    @Test
    void parse_orderWithOperativeWordClosingPreamble_readsKindAndNoAddresseeFromPreamble() {
        ParsedProtocol p = parser.parse("""
                Министерство образования Курской области
                ПРИКАЗ
                от 12 марта 2019 г. № 45
                В целях проведения олимпиады школьников ПРИКАЗЫВАЮ:
                1. Утвердить состав оргкомитета.
                2. Опубликовать настоящий приказ.
                """);

        assertThat(p.kind()).isEqualTo("приказ");
        assertThat(p.region()).isEqualTo("Курская область");
        assertThat(p.decisions()).extracting(Decision::number).containsExactly("1", "2");
        assertThat(p.decisions().get(0).addressees()).isEmpty();
    }

    @Test
    void parse_spacedOutKindAndDecree_readKinds() {
        assertThat(parser.parse("П Р О Т О К О Л\nзаседания коллегии\n1. Утвердить план.").kind()).isEqualTo("протокол заседания");
        assertThat(parser.parse("Распоряжение от 03.04.2015 № 7\n1. Утвердить план.").kind()).isEqualTo("распоряжение");
        assertThat(parser.parse("Дорожная карта\nподготовки к ГИА в 2016 году\n1. Провести семинар.").kind())
                .isEqualTo("план мероприятий");
    }

    @Test
    void parse_councilResolvesAtEndOfPreamble_decisionsStartAfterIt() {
        ParsedProtocol p = parser.parse("""
                Заслушав информацию директора школы, Совет муниципального района решил:
                1. Информацию принять к сведению.
                2. Поручить администрации района пересмотреть наполняемость классов.
                """);

        assertThat(p.decisions()).extracting(Decision::number).containsExactly("1", "2");
        assertThat(p.decisions().get(1).addressees()).extracting(Addressee::raw).containsExactly("администрации района");
    }

    @Test
    void parse_controlClause_isAddresseeOfKindControlWithoutPerson() {
        ParsedProtocol p = parser.parse("""
                ПОСТАНОВЛЕНИЕ
                1. Утвердить программу.
                2. Контроль за исполнением постановления возложить на заместителя главы администрации Иванова И.И.
                3. Контроль за выполнением приказа оставляю за собой.
                """);

        assertThat(p.decisions().get(1).addressees()).containsExactly(new Addressee(
                "заместителя главы администрации", "заместителя главы администрации", AddresseeKind.CONTROL));
        assertThat(p.decisions().get(1).persons()).containsExactly("Иванова И.И.");
        assertThat(p.decisions().get(2).addressees()).isEmpty();
    }

    @Test
    void parse_regionalAdjectiveOfIssuerAndInflectedHyphenatedCity_giveRegion() {
        assertThat(parser.parse("Постановление Псковской областной Думы от 13 ноября 2002 г.\n1. Утвердить программу.").region())
                .isEqualTo("Псковская область");
        assertThat(parser.parse("Постановление Администрации г. Ростова-на-Дону от 04.04.2012 № 220\n1. Утвердить план.").region())
                .isEqualTo("Ростовская область");
        assertThat(parser.parse("Правительство Республики Северная Осетия-Алания\nРАСПОРЯЖЕНИЕ\n1. Назначить координатора.").region())
                .isEqualTo("Республика Северная Осетия — Алания");
    }

    @Test
    void parse_chargeAndProposeVerbs_openAddressees() {
        ParsedProtocol p = parser.parse("""
                РЕШЕНИЕ
                1. Поручить главе района рассмотреть вопрос о финансировании.
                2. Предложить руководителям образовательных организаций обеспечить участие.
                """);

        assertThat(p.decisions().get(0).addressees()).extracting(Addressee::kind).containsExactly(AddresseeKind.MUNICIPALITY_HEADS);
        assertThat(p.decisions().get(1).addressees()).extracting(Addressee::kind).containsExactly(AddresseeKind.SCHOOLS);
    }

    @Test
    void parse_nothingNamesRegion_leavesItEmptyWithReason() {
        ParsedProtocol named = parser.parse("Министерство образования Тверской области\nПРИКАЗ\n1. Утвердить план.");
        ParsedProtocol unnamed = parser.parse("Управление образования администрации района\nПРИКАЗ\n1. Утвердить план.");

        assertThat(named.regionNote()).isNull();
        assertThat(unnamed.region()).isNull();
        assertThat(unnamed.regionNote()).contains("регион не назван");
    }
}

package dev.svod.parsing;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The header as the whole parser reads it from short protocol openings. */
class HeaderParserTest {

    private final ProtocolParser parser = new ProtocolParser();

    @Test
    void parse_numberedProtocolOfRegionalMinistry_readsKindNumberDateAndRegion() {
        ParsedProtocol p = parser.parse("""
                Министерство образования Республики Татарстан
                ПРОТОКОЛ № 12-п
                заседания коллегии
                от 5 марта 2022 г.
                1. Утвердить план.
                """);

        assertThat(p.kind()).isEqualTo("протокол заседания");
        assertThat(p.number()).isEqualTo("12-п");
        assertThat(p.date()).isEqualTo(LocalDate.of(2022, 3, 5));
        assertThat(p.region()).isEqualTo("Республика Татарстан");
        assertThat(p.issuingBody()).isEqualTo("Министерство образования Республики Татарстан");
        assertThat(p.draft()).isFalse();
    }

    @Test
    void parse_resolutionOfConference_readsKindTitleAndCityRegion() {
        ParsedProtocol p = parser.parse("""
                РЕЗОЛЮЦИЯ
                августовской конференции педагогических работников
                «Качество образования: новые вызовы»
                г. Новосибирск, 25.08.2022
                Участники конференции рекомендуют:
                1. Образовательным организациям обеспечить участие педагогов в конкурсах.
                """);

        assertThat(p.kind()).isEqualTo("резолюция");
        assertThat(p.title()).isEqualTo("Качество образования: новые вызовы");
        assertThat(p.city()).isEqualTo("Новосибирск");
        assertThat(p.region()).isEqualTo("Новосибирская область");
        assertThat(p.date()).isEqualTo(LocalDate.of(2022, 8, 25));
    }

    @Test
    void parse_draftMarkAndDecisionOfCollegium_readsDraftAndBodyFromGenitive() {
        ParsedProtocol p = parser.parse("""
                Проект
                РЕШЕНИЕ КОЛЛЕГИИ
                министерства образования Тверской области
                от 14.04.2022 № 3
                Коллегия решила:
                1. Принять информацию к сведению.
                """);

        assertThat(p.draft()).isTrue();
        assertThat(p.kind()).isEqualTo("решение коллегии");
        assertThat(p.issuingBody()).isEqualTo("Министерство образования Тверской области");
        assertThat(p.region()).isEqualTo("Тверская область");
        assertThat(p.number()).isEqualTo("3");
        assertThat(p.date()).isEqualTo(LocalDate.of(2022, 4, 14));
    }

    @Test
    void parse_municipalHeader_readsMunicipality() {
        ParsedProtocol p = parser.parse("""
                Управление образования администрации Ленинского муниципального района
                ПРОТОКОЛ
                совещания руководителей образовательных организаций
                от 10 января 2023 года
                РЕШИЛИ:
                1. Информацию принять к сведению.
                """);

        assertThat(p.municipality()).isEqualTo("Ленинский муниципальный район");
        assertThat(p.kind()).isEqualTo("протокол совещания");
        assertThat(p.region()).isNull();
        assertThat(p.issuingBody()).isEqualTo("Управление образования администрации Ленинского муниципального района");
    }

    @Test
    void parse_cityAdministration_readsCityMunicipality() {
        ParsedProtocol p = parser.parse("Комитет по образованию администрации города Мурманска\nПротокол заседания\nот 01.02.2022\n1. Утвердить план.");

        assertThat(p.municipality()).isEqualTo("город Мурманск");
        assertThat(p.region()).isNull();
    }

    @Test
    void parse_governorMeetingWithCityOnly_regionFromCityAndBodyFromGenitive() {
        ParsedProtocol p = parser.parse("""
                ПРОТОКОЛ
                совещания губернатора области Иванова И.И. по вопросам образования
                г. Кострома
                12.05.2022
                РЕШИЛИ:
                1. Принять к сведению.
                """);

        assertThat(p.region()).isEqualTo("Костромская область");
        assertThat(p.issuingBody()).isEqualTo("Губернатор Костромской области");
    }

    @Test
    void parse_governmentAboveMinistry_takesTheMinistryAndCleansTitle() {
        ParsedProtocol p = parser.parse("""
                ПРАВИТЕЛЬСТВО ЧУВАШСКОЙ РЕСПУБЛИКИ
                Министерство образования и молодежной политики Чувашской Республики
                ПРОТОКОЛ
                совещания с руководителями органов управления образованием
                г. Чебоксары № 15
                10 ноября 2022 г.
                1. Принять к сведению.
                """);

        assertThat(p.issuingBody()).isEqualTo("Министерство образования и молодежной политики Чувашской Республики");
        assertThat(p.title()).isEqualTo("совещания с руководителями органов управления образованием");
        assertThat(p.number()).isEqualTo("15");
        assertThat(p.city()).isEqualTo("Чебоксары");
    }

    @Test
    void parse_protocolWithoutHeader_hasNullFieldsButDecisions() {
        ParsedProtocol p = parser.parse("1. Утвердить план мероприятий.\n2. Обеспечить контроль.");

        assertThat(p.kind()).isNull();
        assertThat(p.date()).isNull();
        assertThat(p.region()).isNull();
        assertThat(p.decisions()).hasSize(2);
    }

    @Test
    void parse_regionNamedOnceAsABodysOutsideTheHeader_readsIt() {
        ParsedProtocol p = parser.parse("""
                План мероприятий по развитию дошкольного образования
                1. Провести мониторинг очередности в детские сады.
                Ответственный: Комитет образования и науки Курской области
                """);

        assertThat(p.region()).isEqualTo("Курская область");
    }

    @Test
    void parse_noRegionButAKnownCityInTheText_readsTheCitysRegion() {
        ParsedProtocol p = parser.parse("""
                План мероприятий по организации летнего отдыха
                1. Вынести на обсуждение вопрос об отдыхе подростков, состоящих на учете в ПДН УВД по г. Пензе.
                """);

        assertThat(p.region()).isEqualTo("Пензенская область");
    }

    @Test
    void parse_regionNamedOnceInPassing_isNotGuessed() {
        ParsedProtocol p = parser.parse("""
                План мероприятий по организации летнего отдыха
                1. Изучить опыт школ Курской области.
                """);

        assertThat(p.region()).isNull();
    }
}

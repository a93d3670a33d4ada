package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import dev.svod.protocol.DeadlineKind;
import dev.svod.protocol.Decision;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Decisions, addressees, deadlines, sections and signatures read end to end from short texts. */
class ProtocolParserTest {

    private final ProtocolParser parser = new ProtocolParser();

    private List<Decision> decisions(String text) {
        return parser.parse(text).decisions();
    }

    @Test
    void version_isFive() {
        assertThat(ProtocolParser.VERSION).isEqualTo(5);
    }

    @Test
    void parse_numberWithoutSpace_readsNumber() {
        assertThat(decisions("Протокол от 01.02.2022\n2.2.Организовать проведение оценки"))
                .extracting(Decision::number, Decision::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2.2", "Организовать проведение оценки"));
    }

    @Test
    void parse_numberWithoutFinalDot_readsNumberAndParent() {
        List<Decision> d = decisions("РЕШИЛИ:\n1. Отделу образования\n1.1 Внести коррективы в положение;\n1.2 Привести в соответствие показатели.");

        assertThat(d).extracting(Decision::number).containsExactly("1", "1.1", "1.2");
        assertThat(d).extracting(Decision::parent).containsExactly(null, "1", "1");
        assertThat(d.get(2).addressees()).extracting(Addressee::name).containsExactly("Отдел образования");
    }

    @Test
    void parse_dashBullets_belongToTheirDecision() {
        List<Decision> d = decisions("РЕШИЛИ:\n1. Разработать план, предусмотрев:\n- подготовку перечня;\n- разработку методики.\nСрок: март 2022 года\n2. Утвердить план.");

        assertThat(d).hasSize(2);
        assertThat(d.get(0).text()).isEqualTo("Разработать план, предусмотрев:\n- подготовку перечня;\n- разработку методики.");
        assertThat(d.get(0).deadline().kind()).isEqualTo(DeadlineKind.MONTH);
    }

    @Test
    void parse_termLineAfterSeveralDecisions_isSharedByTheGroup() {
        List<Decision> d = decisions("""
                Протокол от 01.02.2022
                РЕШИЛИ:
                1. Руководителям ОО:
                1.1. Назначить ответственных.
                1.2. Провести анализ.
                Срок: до 01.03.2022
                1.3. Представить отчет.
                Срок: до 01.04.2022
                """);

        assertThat(d.get(1).deadline().shared()).isTrue();
        assertThat(d.get(2).deadline().shared()).isTrue();
        assertThat(d.get(2).deadline().to()).isEqualTo(LocalDate.of(2022, 3, 1));
        assertThat(d.get(3).deadline().shared()).isFalse();
        assertThat(d.get(3).deadline().to()).isEqualTo(LocalDate.of(2022, 4, 1));
        assertThat(d.get(0).deadline().kind()).isEqualTo(DeadlineKind.NONE);
    }

    @Test
    void parse_unnumberedHeadings_applyUntilNextHeadingAndNumbersRestart() {
        List<Decision> d = decisions("""
                Коллегия решила:
                Министерству образования области:
                1. Обеспечить мониторинг.
                2. Утвердить перечень.
                Рекомендовать органам местного самоуправления:
                1. Провести совещания.
                """);

        assertThat(d).extracting(Decision::number).containsExactly("1", "2", "1");
        assertThat(d).extracting(Decision::parent).containsOnlyNulls();
        assertThat(d.get(1).addressees()).extracting(Addressee::kind).containsExactly(AddresseeKind.REGIONAL_AUTHORITY);
        assertThat(d.get(2).addressees()).extracting(Addressee::name).containsExactly("Органы местного самоуправления");
    }

    @Test
    void parse_headingRightAfterHeaderWithoutDecidedLine_appliesToItems() {
        List<Decision> d = decisions("РЕШЕНИЕ КОЛЛЕГИИ\nМинистерства образования Тверской области\nот 15 марта 2022 года\n\n"
                + "Министерству образования Тверской области:\n\n1. Внедрить целевую модель наставничества.\nСрок: постоянно");

        assertThat(d).singleElement().satisfies(x -> assertThat(x.addressees()).extracting(Addressee::name)
                .containsExactly("Министерство образования Тверской области"));
    }

    @Test
    void parse_unitOfRegionalIssuer_isRegionalButDistrictUnitMunicipal() {
        List<Decision> d = decisions("Министерство образования и науки Республики Татарстан\nПРОТОКОЛ от 20 мая 2022 года\n"
                + "1. Отделу общего образования провести мониторинг.\n2. Отделу образования Лаишевского района провести анализ.");

        assertThat(d.get(0).addressees()).extracting(Addressee::kind).containsExactly(AddresseeKind.REGIONAL_AUTHORITY);
        assertThat(d.get(1).addressees()).extracting(Addressee::kind).containsExactly(AddresseeKind.MUNICIPAL_AUTHORITY);
    }

    @Test
    void parse_councilDecidesItself_hasNoAddressee() {
        assertThat(decisions("РЕШИЛИ:\n1. Утвердить положение о конкурсе.").get(0).addressees()).isEmpty();
    }

    @Test
    void parse_inlineAddresseeBeforeVerb_readsAddresseeAndPerson() {
        Decision d = decisions("РЕШИЛИ:\n3. Институту развития образования (Петрова А.А.) обеспечить сопровождение.").get(0);

        assertThat(d.addressees()).extracting(Addressee::name, Addressee::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Институт развития образования", AddresseeKind.DEVELOPMENT_INSTITUTE));
        assertThat(d.persons()).containsExactly("Петрова А.А.");
    }

    @Test
    void parse_sectionsWithHeardAndDecided_giveEachDecisionItsSection() {
        ParsedProtocol p = parser.parse("""
                ПРОТОКОЛ заседания совета от 10.02.2022
                1. О подготовке к ГИА
                СЛУШАЛИ:
                Петрова П.П., начальника отдела.
                РЕШИЛИ:
                Информацию принять к сведению.
                2. Об итогах мониторинга
                СЛУШАЛИ:
                Сидорову С.С.
                РЕШИЛИ:
                2.1. Рекомендовать руководителям ОО провести анализ.
                Председатель                 И.И. Иванов
                Секретарь
                П.П. Петров
                """);

        assertThat(p.decisions()).extracting(Decision::section)
                .containsExactly("1. О подготовке к ГИА", "2. Об итогах мониторинга");
        assertThat(p.decisions().get(0).number()).isNull();
        assertThat(p.agenda()).extracting(a -> a.title()).containsExactly("О подготовке к ГИА", "Об итогах мониторинга");
        assertThat(p.agenda().get(0).speakers()).containsExactly("Петрова П.П.");
        assertThat(p.chair()).isEqualTo("И.И. Иванов");
        assertThat(p.secretary()).isEqualTo("П.П. Петров");
    }

    @Test
    void parse_agendaAndOrdinalSections_linkDecisionsToAgendaItems() {
        ParsedProtocol p = parser.parse("""
                Повестка дня:
                1. О плане работы. Докладчик: Иванов И.И.
                2. О разном.
                По первому вопросу повестки:
                РЕШИЛИ:
                1. Утвердить план работы.
                По второму вопросу:
                2. Принять к сведению.
                """);

        assertThat(p.agenda()).extracting(a -> a.number()).containsExactly("1", "2");
        assertThat(p.decisions()).extracting(Decision::section).containsExactly("1. О плане работы", "2. О разном");
        assertThat(p.agenda().get(0).speakers()).containsExactly("Иванов И.И.");
    }

    @Test
    void parse_numberedHeardBlocks_takeSectionFromAgenda() {
        ParsedProtocol p = parser.parse("""
                Повестка:
                1. О летней оздоровительной кампании.
                1. СЛУШАЛИ: Иванова И.И.
                РЕШИЛИ: 1.1. Обеспечить отдых детей.
                """);

        assertThat(p.decisions()).extracting(Decision::section).containsExactly("1. О летней оздоровительной кампании");
        assertThat(p.decisions().get(0).number()).isEqualTo("1.1");
    }

    @Test
    void parse_numberedHeardThenSpokeThenResolved_keepsOneSectionAndNotedDecisionHasNoTerm() {
        ParsedProtocol p = parser.parse("""
                ПРОТОКОЛ № 3
                заседания муниципального методического совета
                Управления образования администрации Ленинского района г. Барнаула
                от 17.02.2022
                ПОВЕСТКА ДНЯ:
                1. Об итогах олимпиады школьников. (Докладчик: Петрова Н.В., методист МБУ ИМЦ)
                1. СЛУШАЛИ: Петрову Н.В.
                ВЫСТУПИЛИ: Иванова А.А.
                ПОСТАНОВИЛИ:
                1.1. Информацию принять к сведению.
                1.2. Руководителям общеобразовательных организаций провести анализ.
                Срок: до 01.04.2022 г.
                """);

        assertThat(p.issuingBody()).isEqualTo("Управление образования администрации Ленинского района г. Барнаула");
        assertThat(p.region()).isEqualTo("Алтайский край");
        assertThat(p.number()).isEqualTo("3");
        assertThat(p.agenda().get(0).speakers()).containsExactly("Петрова Н.В.");
        assertThat(p.decisions()).extracting(Decision::section).containsOnly("1. Об итогах олимпиады школьников");
        assertThat(p.decisions().get(0).deadline().kind()).isEqualTo(DeadlineKind.NONE);
        assertThat(p.decisions().get(1).deadline().to()).isEqualTo(LocalDate.of(2022, 4, 1));
    }

    @Test
    void parse_romanSections_areSectionsAndAgendaWithSpeakers() {
        ParsedProtocol p = parser.parse("""
                Министерство образования и молодежной политики Чувашской Республики
                ПРОТОКОЛ совещания
                10 ноября 2022 г.
                I. О ходе подготовки к ГИА-2023
                (Сидорова Н.Н., Павлов И.С.)
                1. Принять к сведению информацию.
                2. Органам местного самоуправления обеспечить проведение итогового сочинения.
                II. Разное
                1. Рекомендовать руководителям общеобразовательных организаций в срок до 15.11.2022 представить планы.
                Министр                                             Д.А. Захаров
                """);

        assertThat(p.agenda()).extracting(a -> a.number(), a -> a.title())
                .containsExactly(tuple("I", "О ходе подготовки к ГИА-2023"), tuple("II", "Разное"));
        assertThat(p.agenda().get(0).speakers()).containsExactly("Сидорова Н.Н.", "Павлов И.С.");
        assertThat(p.decisions()).extracting(Decision::section)
                .containsExactly("I. О ходе подготовки к ГИА-2023", "I. О ходе подготовки к ГИА-2023", "II. Разное");
        Decision last = p.decisions().get(2);
        assertThat(last.addressees()).extracting(Addressee::name).containsExactly("Руководители общеобразовательных организаций");
        assertThat(last.deadline().to()).isEqualTo(LocalDate.of(2022, 11, 15));
        assertThat(p.chair()).isEqualTo("Д.А. Захаров");
    }

    @Test
    void parse_responsibleLine_addsPersons() {
        Decision d = decisions("РЕШИЛИ:\n1. Провести семинар.\nОтветственный: Кузнецова О.В.\nСрок: до 01.10.2022").get(0);

        assertThat(d.persons()).containsExactly("Кузнецова О.В.");
        assertThat(d.deadline().to()).isEqualTo(LocalDate.of(2022, 10, 1));
    }

    @Test
    void parse_currentYearAbbreviation_takesProtocolYear() {
        Decision d = decisions("Протокол от 20.01.2022\nРЕШИЛИ:\n1. Представить отчеты.\nСрок: до 1 марта т.г.").get(0);

        assertThat(d.deadline().to()).isEqualTo(LocalDate.of(2022, 3, 1));
    }

    @Test
    void parse_projectsInDecision_areListed() {
        Decision d = decisions("РЕШИЛИ:\n1. Обеспечить участие школ в проектах «Точка роста» и «500+».").get(0);

        assertThat(d.projects()).containsExactly("Точка роста", "500+");
    }

    @Test
    void parse_textWithoutStructure_neverThrowsAndKeepsTextInDecisions() {
        assertThat(parser.parse(null).decisions()).isEmpty();
        assertThat(parser.parse("").decisions()).isEmpty();
        assertThat(parser.parse("Просто текст без номеров.").decisions()).isEmpty();
        assertThat(parser.parse("РЕШИЛИ:\nОбеспечить контроль.").decisions())
                .singleElement().satisfies(d -> assertThat(d.deadline().kind()).isEqualTo(DeadlineKind.NONE));
    }
}

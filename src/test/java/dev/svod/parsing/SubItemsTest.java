package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.Decision;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SubItemsTest {

    private static List<Decision> decisions(String text) {
        return new ProtocolParser().parse(text).decisions();
    }

    @Test
    void parse_parenthesisedSubListUnderHeading_headingIsNoDecisionAndPassesItsAddressee() {
        List<Decision> d = decisions("""
                ПОСТАНОВЛЯЮ:
                1. Провести в 2010 году Год учителя.
                2. Министерству образования области (Иванов И.И.):
                1) утвердить состав организационного комитета;
                2) разработать план мероприятий.
                3. Контроль за исполнением оставляю за собой.
                """);
        assertThat(d).extracting(Decision::number).containsExactly("1", "1", "2", "3");
        assertThat(d.get(1).addressees()).extracting(Addressee::kind).containsExactly(dev.svod.protocol.AddresseeKind.REGIONAL_AUTHORITY);
        assertThat(d.get(2).parent()).isEqualTo("2");
        assertThat(d.get(3).parent()).isNull();
    }

    @Test
    void parse_letteredSubItems_areDecisionsLabelledByLetter() {
        List<Decision> d = decisions("""
                1. Правительству Российской Федерации:
                а) рассмотреть вопрос о создании центров;
                б) представить проект указа.
                """);
        assertThat(d).extracting(Decision::number).containsExactly("а", "б");
        assertThat(d).allSatisfy(x -> assertThat(x.addressees()).isNotEmpty());
    }

    @Test
    void parse_parentWithOwnOrderOverSubList_staysDecision() {
        List<Decision> d = decisions("""
                1. Утвердить план, предусмотрев:
                1) мероприятия по подготовке;
                2) сроки проведения.
                """);
        assertThat(d).extracting(Decision::number).containsExactly("1", "1", "2");
    }

    @Test
    void parse_dashActionsUnderAddresseeHeading_areDecisionsOfTheirOwnWithItsAddressee() {
        List<Decision> d = decisions("""
                ПРИКАЗЫВАЮ:
                1. Утвердить положение о конкурсе.
                2. Рекомендовать руководителям муниципальных органов управления образованием:
                - провести муниципальный этап конкурса;
                - направить работы победителей на региональный этап.
                """);
        assertThat(d).extracting(Decision::text).containsExactly("Утвердить положение о конкурсе.",
                "провести муниципальный этап конкурса;", "направить работы победителей на региональный этап.");
        assertThat(d.get(2).addressees()).extracting(Addressee::raw).containsExactly("руководителям муниципальных органов управления образованием");
    }

    @Test
    void parse_dashObjectsUnderAnItem_stayPartOfTheItem() {
        List<Decision> d = decisions("""
                РЕШИЛИ:
                1. Утвердить региональные проекты:
                - по самоопределению обучающихся;
                - по поддержке одаренных детей.
                """);
        assertThat(d).hasSize(1);
        assertThat(d.get(0).text()).contains("- по поддержке одаренных детей.");
    }
}

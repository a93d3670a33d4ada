package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AssignmentsTest {

    @Test
    void read_responsibilityPutOnABody_namesTheBodyWithoutThePerson() {
        assertThat(Assignments.read("Ответственность за организацию и проведение смотра возложить на "
                + "ГАУ ДО «Областной центр детского творчества» (директор - И.И. Петров).", true))
                .map(Addressee::raw).contains("ГАУ ДО «Областной центр детского творчества»");
    }

    @Test
    void read_designatedResponsibleInTheAccusative_namesTheMinistry() {
        assertThat(Assignments.read("Ответственным за проведение областной олимпиады определить "
                + "министерство образования Тверской области (Сидоров П.П.).", true))
                .map(Addressee::raw).contains("министерство образования Тверской области");
    }

    @Test
    void read_appointedCoordinator_namesTheBodyBeforeTheRole() {
        assertThat(Assignments.read("Назначить Департамент образования Ярославской области региональным "
                + "оператором, ответственным за внедрение модели.", true))
                .map(Addressee::kind).contains(AddresseeKind.REGIONAL_AUTHORITY);
    }

    @Test
    void read_appointedPersonOnly_namesNoBody() {
        assertThat(Assignments.read("Назначить Иванова И.И. ответственным за ведение реестра.", true)).isEmpty();
    }

    @Test
    void read_ordinaryItem_isNotAnAssignment() {
        assertThat(Assignments.read("Утвердить состав оргкомитета.", true)).isEmpty();
    }

    @Test
    void controlClause_withoutZa_isReadToo() {
        assertThat(ControlClauses.read("Контроль исполнения настоящего решения возложить на постоянную комиссию "
                + "по бюджету (Кузнецов А.А.)."))
                .map(Addressee::raw).contains("постоянную комиссию по бюджету");
    }

    @Test
    void addresseePhrase_workingGroupInTheDative_isAnAddressee() {
        assertThat(new AddresseeParser(Aliases.none()).parse("Рабочей группе в срок до 1 мая подготовить доклад."))
                .map(p -> p.addressees().get(0).raw()).contains("Рабочей группе");
    }
}

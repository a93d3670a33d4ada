package dev.svod.parsing;

import dev.svod.protocol.Addressee;
import dev.svod.protocol.AddresseeKind;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.assertj.core.groups.Tuple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AddresseeParserTest {

    private final AddresseeParser parser = new AddresseeParser(Aliases.none());

    /** The names and kinds the text's addressee phrase gives. */
    private List<Tuple> read(String text) {
        return parser.parse(text).orElseThrow().addressees().stream().map(a -> tuple(a.name(), a.kind())).toList();
    }

    @Test
    void parse_dativeHeadingWithColon_isHeadingInNominative() {
        AddresseePhrase p = parser.parse("Органам местного самоуправления, осуществляющим управление в сфере образования:").orElseThrow();

        assertThat(p.heading()).isTrue();
        assertThat(p.addressees()).extracting(Addressee::name)
                .containsExactly("Органы местного самоуправления, осуществляющие управление в сфере образования");
        assertThat(p.addressees().get(0).kind()).isEqualTo(AddresseeKind.MUNICIPAL_AUTHORITY);
        assertThat(p.addressees().get(0).raw())
                .isEqualTo("Органам местного самоуправления, осуществляющим управление в сфере образования");
    }

    @Test
    void parse_abbreviationHeading_keepsAbbreviation() {
        assertThat(read("ГАУ ДПО СОИРО:")).containsExactly(tuple("ГАУ ДПО СОИРО", AddresseeKind.DEVELOPMENT_INSTITUTE));
    }

    @Test
    void parse_numberedHeadingWithPerson_takesPersonOutOfName() {
        AddresseePhrase p = parser.parse("Управлению общего и дополнительного образования министерства (Зотова Ю.В.):").orElseThrow();

        assertThat(p.addressees().get(0).name()).isEqualTo("Управление общего и дополнительного образования министерства");
        assertThat(p.addressees().get(0).kind()).isEqualTo(AddresseeKind.REGIONAL_AUTHORITY);
        assertThat(p.persons()).containsExactly("Зотова Ю.В.");
    }

    @Test
    void parse_inlineBeforeVerb_readsAddresseeAndProperName() {
        AddresseePhrase p = parser.parse("Государственному автономному учреждению дополнительного профессионального образования "
                + "«Амурский областной институт развития образования» (Калита В.С.) обеспечить сопровождение").orElseThrow();

        assertThat(p.heading()).isFalse();
        assertThat(p.addressees()).extracting(Addressee::name).containsExactly("Амурский областной институт развития образования");
        assertThat(p.persons()).containsExactly("Калита В.С.");
    }

    @Test
    void parse_afterRecommend_readsAddressee() {
        assertThat(read("Рекомендовать главам муниципальных образований области:"))
                .containsExactly(tuple("Главы муниципальных образований области", AddresseeKind.MUNICIPALITY_HEADS));
    }

    @Test
    void parse_recommendInline_readsLowercaseAddressee() {
        assertThat(read("Рекомендовать руководителям дошкольных образовательных организаций обеспечить контроль"))
                .containsExactly(tuple("Руководители дошкольных образовательных организаций", AddresseeKind.KINDERGARTENS));
    }

    @Test
    void parse_headingWithoutColon_isHeading() {
        assertThat(parser.parse("Отделу образования")).hasValueSatisfying(p -> {
            assertThat(p.heading()).isTrue();
            assertThat(p.addressees().get(0).name()).isEqualTo("Отдел образования");
        });
    }

    @Test
    void parse_twoInstitutions_splitsAtCommaBeforeNewDativeHead() {
        AddresseePhrase p = parser.parse("Краевому государственному автономному образовательному учреждению дополнительного "
                + "профессионального образования \"Хабаровский краевой институт развития образования\" , краевому "
                + "государственному казенному учреждению \"Региональный центр оценки качества образования\"").orElseThrow();

        assertThat(p.addressees()).extracting(Addressee::name)
                .containsExactly("Хабаровский краевой институт развития образования", "Региональный центр оценки качества образования");
    }

    @Test
    void parse_addresseesJoinedByAnd_areSplit() {
        assertThat(read("Управлению образования администрации города Хабаровска и МБУ ИМЦ провести семинар")).containsExactly(
                tuple("Управление образования администрации города Хабаровска", AddresseeKind.MUNICIPAL_AUTHORITY),
                tuple("МБУ ИМЦ", AddresseeKind.DEVELOPMENT_INSTITUTE));
    }

    @Test
    void parse_commaInsideName_doesNotSplit() {
        assertThat(parser.parse("Министерству образования и науки края:").orElseThrow().addressees()).hasSize(1);
    }

    @Test
    void parse_aliasDefinedEarlier_expandsShortName() {
        AddresseeParser withAliases = new AddresseeParser(Aliases.collect(
                "образования министерства образования и науки края (далее – министерство) (Зотова Ю.В.):"));

        assertThat(withAliases.parse("Управлению общего образования министерства (Зотова Ю.В.):").orElseThrow().addressees().get(0).name())
                .isEqualTo("Управление общего образования министерства образования и науки края");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Утвердить дорожную карту.", "По первому вопросу.", "По третьему вопросу. Утвердить региональные проекты:",
            "На основе результатов мониторинга внести изменения", "Информацию принять к сведению.",
            "Отчет об исполнении п.п. 2.1-2.3 представить на собеседовании", "Материалы совета разместить на сайте",
            "Главной задачей считать повышение качества", ""})
    void parse_textWithoutAddressee_isEmpty(String text) {
        assertThat(parser.parse(text)).isEmpty();
    }
}

package dev.svod.search;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AbbreviationsTest {

    private final Abbreviations abbreviations = new Abbreviations(Map.of(
            "ДОУ", List.of("дошкольное образовательное учреждение"),
            "ВКС", List.of("видео-конференц-связь", "видеоконференцсвязь")));

    @Test
    void expand_bareAbbreviation_addsItsExpansionAsAlternativePhrase() {
        assertThat(abbreviations.expand("питание в ДОУ"))
                .isEqualTo("питание в (ДОУ | \"дошкольное образовательное учреждение\")");
    }

    @Test
    void expand_severalExpansions_listsEach() {
        assertThat(abbreviations.expand("ВКС"))
                .isEqualTo("(ВКС | \"видео-конференц-связь\" | \"видеоконференцсвязь\")");
    }

    @Test
    void expand_insideQuotedPhrase_leavesPhraseAlone() {
        assertThat(abbreviations.expand("\"совещание ДОУ\" -ВКС"))
                .isEqualTo("\"совещание ДОУ\" -(ВКС | \"видео-конференц-связь\" | \"видеоконференцсвязь\")");
    }

    @Test
    void expand_lowerCaseOrPartOfWord_isNotAnAbbreviation() {
        assertThat(abbreviations.expand("доу ДОУшка")).isEqualTo("доу ДОУшка");
    }

    @Test
    void defaultFile_knowsTheFieldsCommonAbbreviations() {
        Abbreviations fromFile = new Abbreviations();

        assertThat(fromFile.expand("ОМСУ")).contains("органы местного самоуправления");
        assertThat(fromFile.expand("ГИА")).contains("государственная итоговая аттестация");
    }
}

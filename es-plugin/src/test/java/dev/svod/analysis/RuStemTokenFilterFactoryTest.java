package dev.svod.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.api.Test;

class RuStemTokenFilterFactoryTest {

    private final RuStemTokenFilterFactory factory = new RuStemTokenFilterFactory();

    @Test
    void stemsInflectedForms() {
        assertEquals(List.of("наставник", "наставник", "наставник", "образован", "образован"),
                Tokens.analyze("наставник наставника наставников образование образования", factory::create));
    }

    @Test
    void leavesKeywordsAlone() {
        CharArraySet keywords = new CharArraySet(List.of("наставников"), false);
        assertEquals(List.of("наставников", "педагог"),
                Tokens.analyze("наставников педагогов", in -> factory.create(new SetKeywordMarkerFilter(in, keywords))));
    }

    @Test
    void leavesNonRussianTokensAlone() {
        assertEquals(List.of("2022", "covid"), Tokens.analyze("2022 COVID", factory::create));
    }
}

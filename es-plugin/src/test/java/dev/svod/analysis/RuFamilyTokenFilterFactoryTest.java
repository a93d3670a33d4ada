package dev.svod.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RuFamilyTokenFilterFactoryTest {

    private final RuFamilyTokenFilterFactory factory = new RuFamilyTokenFilterFactory(() -> 4);

    private Set<String> familyTerms(String text) {
        return new LinkedHashSet<>(Tokens.analyze(text, in -> factory.create(new YoFoldingFilter(in))));
    }

    private String family(String word) {
        List<String> terms = Tokens.analyze(word, in -> factory.create(new YoFoldingFilter(in)));
        assertEquals(1, terms.size(), () -> word + " gave " + terms);
        return terms.get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "наставник наставника наставников наставничество наставничества наставнической наставнический "
                    + "наставническая наставничестве Наставничеством",
            "образование образования образовательный образовательных образовательной образованием",
            "педагог педагогический педагогов педагогическая педагогика педагогам",
            "школа школы школьный школьных школьник школьников",
            "управление управления управленческий управленческих",
            "организация организаций организационный организационно организовать",
            "воспитание воспитательный воспитатель воспитателей",
            "руководитель руководителей руководство руководства",
            "качество качества качественный",
            "мониторинг мониторинга мониторинговый",
            "учёт учет учета учёта",
            "государство государственный государственных",
            "обучение обучения обучающихся обучающийся",
            "ученик ученики ученический ученичество",
            "план планы плановый планов",
            "утверждение утвердить утверждает утверждения",
            "закрепление закрепить закрепления",
            "финансирование финансировать финансируются финансовый",
            "посещение посетить посещения",
            "представление представить представления",
    })
    void aWordFamilySharesOneTerm(String family) {
        Set<String> terms = familyTerms(family);
        assertEquals(1, terms.size(), () -> family + " → " + terms);
    }

    @ParameterizedTest
    @CsvSource({
            "наставник, настав",
            "наставничества, настав",
            "педагогический, педагог",
            "образовательных, образ",
            "школьный, школ",
            "мониторинга, мониторинг",
    })
    void familyStems(String word, String expected) {
        assertEquals(expected, family(word));
    }

    @ParameterizedTest
    @CsvSource({
            "мониторинг, монета",
            "план, планета",
            "организация, орган",
            "средства, средний",
            "наставник, настольный",
            "школа, шкала",
            "педагог, педаль",
            "образование, обращение",
            "учёт, учитель",
            "проект, просвещение",
            "развитие, разведка",
            "управление, правило",
    })
    void unrelatedWordsStayApart(String a, String b) {
        assertNotEquals(family(a), family(b), a + " and " + b + " must not join");
    }

    @Test
    void shortRootsAreNotCut() {
        assertEquals("план", family("план"));
        assertEquals("планет", family("планета"));
        assertEquals("год", family("года"));
    }

    @Test
    void leavesNonRussianTokensAlone() {
        assertEquals(List.of("2022", "covid", "егэ2022"),
                Tokens.analyze("2022 covid ЕГЭ2022", factory::create));
    }

    @Test
    void leavesKeywordsAlone() {
        CharArraySet keywords = new CharArraySet(List.of("наставничество"), false);
        assertEquals(List.of("наставничество", "настав"), Tokens.analyze("наставничество наставник",
                in -> factory.create(new SetKeywordMarkerFilter(in, keywords))));
    }

    @Test
    void aLongerMinimumCutsLess() {
        // with 5: школьн loses -н but keeps its ь (школ would be 4 letters); with 7: наставник loses only -ик
        assertEquals(List.of("школь", "настав"),
                Tokens.analyze("школьный наставников", new RuFamilyTokenFilterFactory(() -> 5)::create));
        assertEquals(List.of("школьн", "наставн"),
                Tokens.analyze("школьный наставников", new RuFamilyTokenFilterFactory(() -> 7)::create));
    }

    @Test
    void rejectsANonsensicalMinimum() {
        assertThrows(IllegalArgumentException.class, () -> new RuFamilyTokenFilterFactory(() -> 0));
    }

    @Test
    void stemmerWorksOnStringsToo() {
        RussianFamilyStemmer stemmer = new RussianFamilyStemmer();
        assertEquals("настав", stemmer.stem("наставнической"));
        assertEquals("Hello", stemmer.stem("Hello"));
    }
}

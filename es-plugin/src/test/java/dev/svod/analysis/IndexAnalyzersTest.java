package dev.svod.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.HunspellStemFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The chains of index-mappings/analysis.json rebuilt from Lucene classes: svod_ru (lowercase → ru_yo → stop
 * _russian_ → hunspell ru_RU → ru_stem) and svod_family (lowercase → ru_yo → stop → ru_family). Needs Debian's
 * hunspell-ru dictionary (scripts/elasticsearch.sh installs it); skipped without it.
 */
class IndexAnalyzersTest {

    private static final Path DICTIONARY = Path.of("/usr/share/hunspell");
    private static Dictionary ruRu;

    @BeforeAll
    static void loadDictionary() throws Exception {
        Path aff = DICTIONARY.resolve("ru_RU.aff");
        Path dic = DICTIONARY.resolve("ru_RU.dic");
        if (Files.isReadable(aff) && Files.isReadable(dic)) {
            try (InputStream affix = Files.newInputStream(aff); InputStream words = Files.newInputStream(dic)) {
                ruRu = new Dictionary(new ByteBuffersDirectory(), "hunspell", affix, words);
            }
        }
    }

    private static List<String> svodRu(String text) {
        assumeTrue(ruRu != null, "no hunspell ru_RU dictionary in " + DICTIONARY);
        return Tokens.analyze(text, in -> new RuStemTokenFilterFactory().create(
                new HunspellStemFilter(stop(new YoFoldingFilter(in)), ruRu, true, false)));
    }

    private static List<String> svodFamily(String text) {
        return Tokens.analyze(text, in -> new RuFamilyTokenFilterFactory(() -> 4).create(stop(new YoFoldingFilter(in))));
    }

    private static TokenStream stop(TokenStream in) {
        return new StopFilter(in, RussianAnalyzer.getDefaultStopSet());
    }

    @Test
    void svodRuJoinsInflectedFormsAndYo() {
        assertEquals(svodRu("наставник"), svodRu("наставников"));
        assertEquals(svodRu("учет"), svodRu("учёт"));
        assertEquals(svodRu("образование"), svodRu("образованием"));
    }

    @Test
    void svodRuStemsWordsTheDictionaryLacks() {
        assertEquals(svodRu("цифровизации"), svodRu("цифровизация"));
    }

    @Test
    void stopWordsAreGone() {
        assertEquals(List.of(), svodRu("и в на по не"));
        assertEquals(List.of("настав"), svodFamily("и в на наставничество"));
    }

    @Test
    void svodFamilyJoinsTheFamily() {
        List<String> terms = svodFamily("наставничество наставник наставников наставнической");
        assertEquals(4, terms.size());
        assertEquals(1, new HashSet<>(terms).size(), terms::toString);
        assertTrue(Collections.disjoint(svodFamily("мониторинг"), svodFamily("монета")));
    }
}

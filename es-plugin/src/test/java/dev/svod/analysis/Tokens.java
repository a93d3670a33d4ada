package dev.svod.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/** Runs text through standard tokenizer → lowercase → the filters under test, as the index analyzers do. */
final class Tokens {

    private Tokens() {
    }

    static List<String> analyze(String text, UnaryOperator<TokenStream> filters) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return terms(filters.apply(new LowerCaseFilter(tokenizer)));
    }

    /** Without lowercase, for filters whose case handling is under test. */
    static List<String> analyzeKeepingCase(String text, UnaryOperator<TokenStream> filters) {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        return terms(filters.apply(tokenizer));
    }

    static List<String> terms(TokenStream stream) {
        List<String> terms = new ArrayList<>();
        try (stream) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }
}

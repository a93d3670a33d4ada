package dev.svod.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/** Replaces each term by its family stem ({@link RussianFamilyStemmer}); keyword-marked terms pass unchanged. */
public final class RussianFamilyFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
    private final RussianFamilyStemmer stemmer;

    public RussianFamilyFilter(TokenStream input, int minStemLength) {
        super(input);
        this.stemmer = new RussianFamilyStemmer(minStemLength);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        if (!keyword.isKeyword()) {
            int length = stemmer.stem(term.buffer(), term.length());
            if (length >= 0) {
                term.copyBuffer(stemmer.buffer(), 0, length);
            }
        }
        return true;
    }
}

package dev.svod.analysis;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Folds the Russian letter ё into е (and Ё into Е), in place: "учёт" and "учет" become one term. Russian texts
 * write ё only now and then, so without this the same word indexes two ways.
 */
public final class YoFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public YoFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        fold(term.buffer(), term.length());
        return true;
    }

    /** Replaces ё/Ё by е/Е in the first {@code length} chars of {@code buffer}. */
    static void fold(char[] buffer, int length) {
        for (int i = 0; i < length; i++) {
            char c = buffer[i];
            if (c == 'ё') {
                buffer[i] = 'е';
            } else if (c == 'Ё') {
                buffer[i] = 'Е';
            }
        }
    }
}

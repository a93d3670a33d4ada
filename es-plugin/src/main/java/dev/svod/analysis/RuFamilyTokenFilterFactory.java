package dev.svod.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Token filter {@code ru_family}: reduces a Russian word to the stem of its derivational family
 * ({@link RussianFamilyStemmer}), so that наставник, наставничество and наставнический share one term.
 * Meant for a lower-weighted sub-field, never for the main one.
 */
@NamedComponent("ru_family")
public final class RuFamilyTokenFilterFactory implements TokenFilterFactory {

    private final int minStemLength;

    @Inject
    public RuFamilyTokenFilterFactory(RuFamilySettings settings) {
        this.minStemLength = settings.minStemLength();
        if (minStemLength < 1) {
            throw new IllegalArgumentException("ru_family: min_stem_length must be at least 1, got " + minStemLength);
        }
    }

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new RussianFamilyFilter(tokenStream, minStemLength);
    }
}

package dev.svod.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Token filter {@code ru_yo}: ё→е folding ({@link YoFoldingFilter}); also applied to query terms of prefix/wildcard queries. */
@NamedComponent("ru_yo")
public final class RuYoTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new YoFoldingFilter(tokenStream);
    }

    /** Folding is a per-character normalisation, so it belongs in normalizers and multi-term queries too. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return new YoFoldingFilter(tokenStream);
    }
}

package dev.svod.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Token filter {@code ru_stem}: Lucene's Snowball Russian stemmer. Expects lower-cased input; tokens marked as
 * keywords (KeywordAttribute) are left alone.
 */
@NamedComponent("ru_stem")
public final class RuStemTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        // one stemmer per stream: Snowball stemmers keep state and are not thread-safe
        return new SnowballFilter(tokenStream, new RussianStemmer());
    }
}

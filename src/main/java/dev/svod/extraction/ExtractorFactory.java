package dev.svod.extraction;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The app's {@link Extractor}, chosen by {@code svod.extraction.isolation}. */
@Factory
class ExtractorFactory {

    @Singleton
    @Bean(preDestroy = "close")
    Extractor extractor(ExtractionSettings settings) {
        return settings.inProcess()
                ? new TextExtractor(settings.maxCharacters(), settings.timeLimit())
                : new IsolatedExtractor(settings);
    }
}

package dev.svod.ingest;

import dev.svod.parsing.ProtocolParser;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

/** The parser is plain Java with no container dependencies; this makes it injectable. */
@Factory
class ParserFactory {

    @Singleton
    ProtocolParser protocolParser() {
        return new ProtocolParser();
    }
}

package dev.svod.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the index definitions of `index-mappings/` from the classpath, where the build puts them. */
final class IndexDefinitions {

    private IndexDefinitions() {
    }

    /** The body of a create-index request: settings with the analyzers, this index's mappings, its alias if any. */
    static String createIndexBody(String analysisFile, String mappingsName, String alias) {
        String aliases = alias == null ? "{}" : "{\"" + alias + "\":{}}";
        return "{\"settings\":" + read(analysisFile)
                + ",\"mappings\":" + read(mappingsName + ".mappings.json")
                + ",\"aliases\":" + aliases + "}";
    }

    private static String read(String name) {
        String path = "/index-mappings/" + name;
        try (InputStream in = IndexDefinitions.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Missing index definition on the classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

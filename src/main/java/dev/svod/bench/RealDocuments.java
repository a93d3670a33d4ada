package dev.svod.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real documents of the evaluation corpus: each file's first line says where it was found and is no part of it. */
final class RealDocuments {

    static final String SOURCE_LINE = "# source:";

    private RealDocuments() {
    }

    /** The document's text as found, without the {@code # source:} line. */
    static String text(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        if (all.startsWith(SOURCE_LINE)) {
            int newline = all.indexOf('\n');
            return newline < 0 ? "" : all.substring(newline + 1);
        }
        return all;
    }
}

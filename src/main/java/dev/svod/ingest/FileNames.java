package dev.svod.ingest;

import java.text.Normalizer;

/**
 * The name an original is kept under. Browsers and scripts send what the user's disk had: full Windows or Unix
 * paths, control characters, bidirectional overrides that make «отчет‮fdp.exe» read as a PDF, names longer than
 * any file system takes. The name is only ever shown and offered on download, never used as a path, but
 * what is shown must be what the file is.
 */
final class FileNames {

    static final int MAX_LENGTH = 200;
    static final String UNNAMED = "protocol";

    private FileNames() {
    }

    static String safe(String submitted) {
        if (submitted == null) {
            return UNNAMED;
        }
        String name = Normalizer.normalize(submitted, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(name.length());
        name.codePoints().filter(FileNames::shown).forEach(kept::appendCodePoint);
        name = kept.toString().strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.isBlank()) {
            return UNNAMED;
        }
        return name.length() <= MAX_LENGTH ? name : shortened(name);
    }

    /** Control and format characters (bidi overrides, zero-width marks) say nothing about the file. */
    private static boolean shown(int codePoint) {
        int type = Character.getType(codePoint);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.UNASSIGNED
                && type != Character.PRIVATE_USE && type != Character.SURROGATE;
    }

    /** Keeps the extension, which says what the file is. */
    private static String shortened(String name) {
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int end = stem.offsetByCodePoints(0, Math.min(stem.codePointCount(0, stem.length()), MAX_LENGTH - extension.length()));
        if (end > MAX_LENGTH - extension.length()) {
            end = MAX_LENGTH - extension.length();
        }
        if (end > 0 && Character.isHighSurrogate(stem.charAt(end - 1))) {
            end--;
        }
        return stem.substring(0, end).strip() + extension;
    }
}

package dev.svod.extraction;

import java.util.Set;

/** The media types an archivist may upload, by content detection (never by file extension). */
final class AcceptedFormats {

    private static final Set<String> TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/msword",
            "application/x-tika-msoffice",
            "application/rtf",
            "application/vnd.oasis.opendocument.text",
            "text/html",
            "application/xhtml+xml",
            "text/plain",
            // scans, read by OCR
            "image/png",
            "image/jpeg",
            "image/tiff");

    private AcceptedFormats() {
    }

    static boolean accepts(String mediaType) {
        return TYPES.contains(mediaType);
    }
}

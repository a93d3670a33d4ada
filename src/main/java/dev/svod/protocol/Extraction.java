package dev.svod.protocol;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * How a protocol's text was obtained, kept for its upload receipt.
 *
 * @param pages       the page count the file states; null for formats without pages (TXT, HTML)
 * @param ocrPages    pages read by Tesseract; 0 when the whole text came from the file's text layer
 * @param textSha256  SHA-256 of the text with spacing and case folded: the same protocol in another file (its PDF
 *                    and its DOCX) has the same one, so the receipt can name the copy stored before
 */
@Serdeable
public record Extraction(@Nullable Integer pages, int ocrPages, String textSha256) {

    public boolean ocr() {
        return ocrPages > 0;
    }
}

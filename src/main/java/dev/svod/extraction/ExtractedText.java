package dev.svod.extraction;

import io.micronaut.core.annotation.Nullable;

/**
 * Plain text of a document and the media type Tika detected from its content.
 *
 * @param pages    the page count the format states (PDF, DOCX, ODT…), null when it has none (TXT, HTML)
 * @param ocrPages how many pages Tesseract read: a scanned PDF's pages without a text layer, or 1 for an image
 */
public record ExtractedText(String text, String contentType, @Nullable Integer pages, int ocrPages) {

    /** Text read as it was stored, without pages or OCR. */
    public ExtractedText(String text, String contentType) {
        this(text, contentType, null, 0);
    }
}

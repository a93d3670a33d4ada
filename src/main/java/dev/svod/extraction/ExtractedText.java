package dev.svod.extraction;

/** Plain text of a document and the media type Tika detected from its content. */
public record ExtractedText(String text, String contentType) {
}

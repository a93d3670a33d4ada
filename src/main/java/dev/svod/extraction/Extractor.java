package dev.svod.extraction;

/**
 * The extract stage: an uploaded original in, its plain text out. {@link TextExtractor} runs Tika in this JVM;
 * {@link IsolatedExtractor} runs the same code in a worker process of its own, so a parser that hangs, leaks or
 * runs out of memory cannot take the app down. {@code svod.extraction.isolation} picks one.
 */
public interface Extractor extends AutoCloseable {

    /**
     * @param fileName for messages only: the content alone decides the type
     * @throws UnsupportedFormatException   when the content is not an accepted protocol format (415)
     * @throws ExtractionFailedException    when an accepted file cannot be read (422)
     * @throws ExtractionUnavailableException when the worker process stopped for a reason not the file's (503)
     */
    ExtractedText extract(byte[] bytes, String fileName);

    /** Stops what the extractor started (worker processes); nothing by default. */
    @Override
    default void close() {
    }
}

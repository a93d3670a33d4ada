package dev.svod.search;

/** Elasticsearch did not answer a search; answered with 503. */
public class SearchUnavailableException extends RuntimeException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}

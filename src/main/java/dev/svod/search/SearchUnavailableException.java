package dev.svod.search;

import dev.svod.SvodException;

/** Elasticsearch did not answer a search; answered with 503. */
public class SearchUnavailableException extends SvodException {

    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message keeps the client's detail for the log; a person is told only what to do. */
    @Override
    public String publicMessage() {
        return "Поиск временно недоступен (Elasticsearch не отвечает); повторите позже.";
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String error() {
        return "search_unavailable";
    }
}

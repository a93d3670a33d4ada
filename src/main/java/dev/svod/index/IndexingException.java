package dev.svod.index;

import dev.svod.SvodException;

import java.util.List;

/** Elasticsearch did not take some documents; the protocol stays PENDING and is retried. */
public class IndexingException extends SvodException {

    private final List<String> failedIds;

    public IndexingException(String message, List<String> failedIds, Throwable cause) {
        super(message, cause);
        this.failedIds = List.copyOf(failedIds);
    }

    public List<String> failedIds() {
        return failedIds;
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String error() {
        return "search_unavailable";
    }

    /** Uploads never see this (they stay PENDING); a search or reindex does. */
    @Override
    public String publicMessage() {
        return "Поиск временно недоступен: Elasticsearch не отвечает.";
    }
}

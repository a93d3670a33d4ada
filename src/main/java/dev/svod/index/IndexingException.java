package dev.svod.index;

import java.util.List;

/** Elasticsearch did not take some documents; the protocol stays PENDING and is retried. */
public class IndexingException extends RuntimeException {

    private final List<String> failedIds;

    public IndexingException(String message, List<String> failedIds, Throwable cause) {
        super(message, cause);
        this.failedIds = List.copyOf(failedIds);
    }

    public List<String> failedIds() {
        return failedIds;
    }
}

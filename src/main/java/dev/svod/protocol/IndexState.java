package dev.svod.protocol;

/** Whether a stored protocol is visible in Elasticsearch yet. MongoDB is written first; see DESIGN §1. */
public enum IndexState {
    /** Stored, not (yet) indexed: the indexer retries it. */
    PENDING,
    /** Indexed with the protocol's current content. */
    INDEXED
}

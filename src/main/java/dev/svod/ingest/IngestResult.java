package dev.svod.ingest;

import dev.svod.protocol.IndexState;
import dev.svod.protocol.Protocol;

/** A stored protocol and whether it is searchable yet. */
public record IngestResult(Protocol protocol) {

    public boolean searchable() {
        return protocol.indexState() == IndexState.INDEXED;
    }
}

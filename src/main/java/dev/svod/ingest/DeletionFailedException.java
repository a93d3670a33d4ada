package dev.svod.ingest;

import dev.svod.SvodException;

/** Elasticsearch could not drop a protocol's documents; nothing was deleted, so it can simply be tried again. */
public class DeletionFailedException extends SvodException {

    public DeletionFailedException(String id, Throwable cause) {
        super("Elasticsearch could not delete protocol " + id, cause);
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String error() {
        return "search_unavailable";
    }

    @Override
    public String publicMessage() {
        return "Протокол не удалён: поиск (Elasticsearch) не отвечает. Ничего не изменено, повторите позже.";
    }
}

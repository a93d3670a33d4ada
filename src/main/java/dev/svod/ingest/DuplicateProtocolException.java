package dev.svod.ingest;

import dev.svod.SvodException;

/** The same bytes are already stored; answered with 409 and the id of the stored protocol. */
public class DuplicateProtocolException extends SvodException {

    private final String protocolId;

    public DuplicateProtocolException(String protocolId, String fileName) {
        super("Этот файл уже загружен как протокол " + protocolId + " («" + fileName + "»).", null);
        this.protocolId = protocolId;
    }

    @Override
    public String protocolId() {
        return protocolId;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public String error() {
        return "duplicate";
    }
}

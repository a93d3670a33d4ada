package dev.svod.ingest;

/** The same bytes are already stored; answered with 409 and the id of the stored protocol. */
public class DuplicateProtocolException extends RuntimeException {

    private final String protocolId;

    public DuplicateProtocolException(String protocolId, String fileName) {
        super("Этот файл уже загружен как протокол " + protocolId + " («" + fileName + "»).");
        this.protocolId = protocolId;
    }

    public String protocolId() {
        return protocolId;
    }
}

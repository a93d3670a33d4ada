package dev.svod.archive;

import dev.svod.protocol.Protocol;
import jakarta.inject.Singleton;

/** Upload receipts of stored protocols: their own facts and the copy of the same text stored before. */
@Singleton
public class Receipts {

    private final ProtocolRepository protocols;

    Receipts(ProtocolRepository protocols) {
        this.protocols = protocols;
    }

    public UploadReceipt of(Protocol protocol) {
        return UploadReceipt.of(protocol, protocols.findEarlierWithSameText(protocol).orElse(null));
    }
}

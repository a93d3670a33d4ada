package dev.svod.ingest;

import dev.svod.SvodException;

/** A change asked for a protocol the archive does not hold. */
public class ProtocolNotFoundException extends SvodException {

    public ProtocolNotFoundException(String id) {
        super("Протокола «" + id + "» в архиве нет.", null);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String error() {
        return "not_found";
    }
}

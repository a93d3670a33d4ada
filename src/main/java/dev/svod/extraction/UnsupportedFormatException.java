package dev.svod.extraction;

import dev.svod.SvodException;

/** The file is not a protocol format Svod accepts; answered with 415. */
public class UnsupportedFormatException extends SvodException {

    private final String detectedType;

    public UnsupportedFormatException(String detectedType) {
        super("Файлы типа " + detectedType + " не принимаются. Загрузите PDF, DOCX, DOC, RTF, ODT, HTML, TXT или скан (PNG, JPEG, TIFF).", null);
        this.detectedType = detectedType;
    }

    public String detectedType() {
        return detectedType;
    }

    @Override
    public int status() {
        return 415;
    }

    @Override
    public String error() {
        return "unsupported_type";
    }
}

package dev.svod.extraction;

/** The file is not a protocol format Svod accepts; answered with 415. */
public class UnsupportedFormatException extends RuntimeException {

    private final String detectedType;

    public UnsupportedFormatException(String detectedType) {
        super("Файлы типа " + detectedType + " не принимаются. Загрузите PDF, DOCX, DOC, RTF, ODT, HTML, TXT или скан (PNG, JPEG, TIFF).");
        this.detectedType = detectedType;
    }

    public String detectedType() {
        return detectedType;
    }
}

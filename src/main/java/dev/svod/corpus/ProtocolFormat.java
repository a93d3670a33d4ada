package dev.svod.corpus;

/** The file formats the corpus is written in; archivists get protocols mostly as DOCX and PDF. */
public enum ProtocolFormat {
    TXT, DOCX, PDF;

    public String extension() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}

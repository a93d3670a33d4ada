package dev.svod.archive;

import dev.svod.protocol.DeadlineKind;
import dev.svod.protocol.Protocol;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.List;

/**
 * What Svod made of an upload, for the archivist: shown in the upload answer and on the protocol's page. It is
 * read from what is kept with the protocol (how its text was obtained, and the current parse), so after a
 * re-parse it tells what the parser reads now.
 *
 * @param duplicateOf   a protocol stored before with the same text (another file of the same protocol), or null
 * @param textSource    TEXT (the file's own text) or OCR (Tesseract read some or all pages); null for protocols
 *                      stored before this was kept
 * @param ocrConfidence Tesseract's mean word confidence: always null, Tika does not report it
 * @param pages         pages the file states; null for formats without pages
 * @param deadlines     decisions with a deadline the parser read (any kind but NONE)
 * @param warnings      what the archivist should look at, in Russian
 */
@Serdeable
public record UploadReceipt(@Nullable ProtocolRepository.StoredCopy duplicateOf,
                            @Nullable String textSource,
                            @Nullable Integer ocrPages,
                            @Nullable Double ocrConfidence,
                            @Nullable Integer pages,
                            int decisions,
                            int deadlines,
                            boolean regionFound,
                            @Nullable String region,
                            @Nullable String regionNote,
                            int parserVersion,
                            List<String> warnings) {

    public static final String NO_DECISIONS = "решений не найдено";
    public static final String NO_REGION = "регион не определён";

    public static UploadReceipt of(Protocol p, @Nullable ProtocolRepository.StoredCopy duplicateOf) {
        int deadlines = (int) p.decisions().stream().filter(d -> d.deadline().kind() != DeadlineKind.NONE).count();
        List<String> warnings = new ArrayList<>();
        if (p.decisions().isEmpty()) {
            warnings.add(NO_DECISIONS);
        }
        if (p.regionMissing()) {
            warnings.add(NO_REGION);
        }
        if (duplicateOf != null) {
            warnings.add("тот же текст уже есть в своде: «" + duplicateOf.fileName() + "»");
        }
        var extraction = p.extraction();
        return new UploadReceipt(duplicateOf,
                extraction == null ? null : extraction.ocr() ? "OCR" : "TEXT",
                extraction == null ? null : extraction.ocrPages(),
                null,
                extraction == null ? null : extraction.pages(),
                p.decisions().size(), deadlines, !p.regionMissing(), p.region(),
                p.regionMissing() ? p.parsed().regionNote() : null, p.parserVersion(), List.copyOf(warnings));
    }
}

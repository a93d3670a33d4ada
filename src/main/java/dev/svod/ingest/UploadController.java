package dev.svod.ingest;

import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

@Controller("/api/protocols")
@ExecuteOn(TaskExecutors.BLOCKING)
class UploadController {

    private final IngestService ingest;

    UploadController(IngestService ingest) {
        this.ingest = ingest;
    }

    /**
     * Region, municipality, date and kind are optional overrides: a municipal decision may not name its region,
     * and the archivist knows better than the parser.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<UploadAnswer> upload(@Part("file") CompletedFileUpload file,
                                      @Part("region") @Nullable String region,
                                      @Part("municipality") @Nullable String municipality,
                                      @Part("date") @Nullable String date,
                                      @Part("kind") @Nullable String kind) throws IOException {
        MetadataOverride override = new MetadataOverride(blankToNull(region), blankToNull(municipality),
                parseDate(blankToNull(date)), blankToNull(kind));
        IngestResult result = ingest.ingest(file.getBytes(), file.getFilename(), override);
        return HttpResponse.created(UploadAnswer.of(result), URI.create("/api/protocols/" + result.protocol().id()));
    }

    private static @Nullable LocalDate parseDate(@Nullable String date) {
        if (date == null) {
            return null;
        }
        try {
            return LocalDate.parse(date);
        } catch (DateTimeParseException e) {
            throw new InvalidUploadException("invalid_field", "Дата протокола должна быть в виде ГГГГ-ММ-ДД, а не «" + date + "».");
        }
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** What the archivist sees after an upload; {@code searchable} is false while Elasticsearch is catching up. */
    @Serdeable
    record UploadAnswer(String id, String fileName, String contentType, @Nullable String region,
                        @Nullable String municipality, @Nullable String kind, @Nullable LocalDate date,
                        int decisions, boolean searchable) {

        static UploadAnswer of(IngestResult result) {
            Protocol p = result.protocol();
            return new UploadAnswer(p.id(), p.fileName(), p.contentType(), p.region(), p.municipality(), p.kind(),
                    p.date(), p.decisions().size(), result.searchable());
        }
    }
}

package dev.svod.ingest;

import dev.svod.access.Roles;
import dev.svod.audit.AuditAction;
import dev.svod.audit.AuditLog;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;

@Controller("/api/protocols")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ARCHIVIST)
class UploadController {

    private final IngestService ingest;
    private final AuditLog audit;

    UploadController(IngestService ingest, AuditLog audit) {
        this.ingest = ingest;
        this.audit = audit;
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
                                      @Part("kind") @Nullable String kind,
                                      Authentication authentication) throws IOException {
        byte[] bytes = file.getBytes();
        String fileName = file.getFilename();
        IngestResult result = audit.audited(authentication.getName(), AuditAction.UPLOAD, null, r -> r.protocol().id(),
                fileName, () -> ingest.ingest(bytes, fileName, MetadataFields.override(region, municipality, date, kind)));
        return HttpResponse.created(UploadAnswer.of(result), URI.create("/api/protocols/" + result.protocol().id()));
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

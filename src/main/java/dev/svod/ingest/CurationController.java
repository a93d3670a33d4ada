package dev.svod.ingest;

import dev.svod.access.Roles;
import dev.svod.audit.AuditAction;
import dev.svod.audit.AuditLog;
import dev.svod.protocol.MetadataOverride;
import dev.svod.protocol.Protocol;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

@Controller("/api/protocols/{id}")
@ExecuteOn(TaskExecutors.BLOCKING)
class CurationController {

    private final CurationService curation;
    private final AuditLog audit;

    CurationController(CurationService curation, AuditLog audit) {
        this.curation = curation;
        this.audit = audit;
    }

    /** The full set of overridable fields; an empty one means "as the parser read it". */
    @Serdeable
    record MetadataChange(@Nullable String region, @Nullable String municipality, @Nullable String date,
                          @Nullable String kind) {
    }

    @Serdeable
    record CorrectedMetadata(String id, MetadataOverride override, @Nullable String region,
                             @Nullable String municipality, @Nullable LocalDate date, @Nullable String kind,
                             boolean searchable) {
    }

    @Put("/metadata")
    @Secured(Roles.ARCHIVIST)
    CorrectedMetadata correct(String id, @Body MetadataChange change, Authentication authentication) {
        return audit.audited(authentication.getName(), AuditAction.METADATA_EDIT, id, describe(change), () -> {
            MetadataOverride override = MetadataFields.override(change.region(), change.municipality(), change.date(),
                    change.kind());
            Protocol p = curation.correctMetadata(id, override);
            return new CorrectedMetadata(p.id(), p.override(), p.region(), p.municipality(), p.date(), p.kind(),
                    p.indexState() == dev.svod.protocol.IndexState.INDEXED);
        });
    }

    @Delete
    @Secured(Roles.ADMIN)
    HttpResponse<Void> delete(String id, Authentication authentication) {
        return audit.audited(authentication.getName(), AuditAction.PROTOCOL_DELETE, id, null, () -> {
            curation.delete(id);
            return HttpResponse.noContent();
        });
    }

    private static String describe(MetadataChange c) {
        return "region=" + c.region() + ", municipality=" + c.municipality() + ", date=" + c.date() + ", kind=" + c.kind();
    }
}

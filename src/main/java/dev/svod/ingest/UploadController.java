package dev.svod.ingest;

import dev.svod.access.Roles;
import dev.svod.archive.Receipts;
import dev.svod.archive.UploadReceipt;
import dev.svod.audit.AuditAction;
import dev.svod.audit.AuditEntry;
import dev.svod.audit.AuditLog;
import dev.svod.protocol.IndexState;
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
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import org.reactivestreams.Publisher;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

@Controller("/api/protocols")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Roles.ARCHIVIST)
class UploadController {

    private final IngestService ingest;
    private final BatchIngestService batch;
    private final AuditLog audit;
    private final ReparseService reparse;
    private final Receipts receipts;

    UploadController(IngestService ingest, BatchIngestService batch, AuditLog audit, ReparseService reparse,
                     Receipts receipts) {
        this.ingest = ingest;
        this.batch = batch;
        this.audit = audit;
        this.reparse = reparse;
        this.receipts = receipts;
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
        return HttpResponse.created(UploadAnswer.of(result.protocol(), receipts.of(result.protocol())),
                URI.create("/api/protocols/" + result.protocol().id()));
    }

    /**
     * Re-reads one stored protocol with the current parser («Перечитать»), keeping the archivist's overrides; answers
     * like an upload, with the new receipt.
     */
    @Post("/{id}/reparse")
    UploadAnswer reparse(String id, Authentication authentication) {
        Protocol reparsed = audit.audited(authentication.getName(), AuditAction.REPARSE, id, null, () -> reparse.reparse(id));
        return UploadAnswer.of(reparsed, receipts.of(reparsed));
    }

    /**
     * Several files in one request (each a part named {@code file}; the optional fields apply to all): what bulk
     * imports use. Answers 200 with one result per file, in order, each with its own status (201, 409, 4xx), and
     * audits each file as a single upload would be.
     * A zero-length file part never reaches the route (the multipart decoder drops it): clients refuse empty files
     * themselves, as `svod import` does.
     */
    @Post(value = "/batch", consumes = MediaType.MULTIPART_FORM_DATA)
    BatchAnswer uploadBatch(@Body MultipartBody body, Authentication authentication) throws IOException {
        List<CompletedPart> parts = collect(body);
        List<BatchIngestService.Upload> uploads = new ArrayList<>();
        Map<String, String> fields = new HashMap<>();
        for (CompletedPart part : parts) {
            if (part instanceof CompletedFileUpload file && "file".equals(part.getName())) {
                uploads.add(new BatchIngestService.Upload(file.getFilename(), file.getBytes()));
            } else {
                fields.put(part.getName(), new String(part.getBytes(), StandardCharsets.UTF_8));
            }
        }
        if (uploads.isEmpty()) {
            throw new InvalidUploadException("invalid_field", "В запросе нет ни одного файла (части «file»).");
        }
        MetadataOverride override = MetadataFields.override(fields.get("region"), fields.get("municipality"),
                fields.get("date"), fields.get("kind"));
        List<BatchIngestService.FileResult> results = batch.ingest(uploads, override);
        for (BatchIngestService.FileResult result : results) {
            audit.record(authentication.getName(), AuditAction.UPLOAD, result.id(),
                    result.error() == null ? AuditEntry.OK : result.error(), result.fileName());
        }
        return new BatchAnswer(results);
    }

    /** Waits for every part; the route runs on a blocking thread, and a batch is bounded by the request size limit. */
    private static <T> List<T> collect(Publisher<T> publisher) {
        CompletableFuture<List<T>> all = new CompletableFuture<>();
        publisher.subscribe(new Subscriber<T>() {
            private final List<T> items = new ArrayList<>();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(T item) {
                items.add(item);
            }

            @Override
            public void onError(Throwable failure) {
                all.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                all.complete(items);
            }
        });
        return all.join();
    }

    @Serdeable
    record BatchAnswer(List<BatchIngestService.FileResult> results) {
    }

    /**
     * What the archivist sees after an upload; {@code searchable} is false while Elasticsearch is catching up;
     * {@code regionMissing} asks the archivist to set the region the parser could not read, {@code regionNote} says why.
     */
    @Serdeable
    record UploadAnswer(String id, String fileName, String contentType, @Nullable String region,
                        @Nullable String municipality, @Nullable String kind, @Nullable LocalDate date,
                        int decisions, boolean searchable, boolean regionMissing, @Nullable String regionNote,
                        UploadReceipt receipt) {

        static UploadAnswer of(Protocol p, UploadReceipt receipt) {
            return new UploadAnswer(p.id(), p.fileName(), p.contentType(), p.region(), p.municipality(), p.kind(),
                    p.date(), p.decisions().size(), p.indexState() == IndexState.INDEXED, p.regionMissing(),
                    p.regionMissing() ? p.parsed().regionNote() : null, receipt);
        }
    }
}

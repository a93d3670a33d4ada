package dev.svod.archive;

import io.micronaut.security.annotation.Secured;
import dev.svod.access.Roles;
import dev.svod.protocol.Protocol;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

@Controller("/api/protocols")
@Secured(Roles.READER)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProtocolController {

    private final ProtocolRepository protocols;
    private final OriginalStore originals;
    private final Receipts receipts;

    ProtocolController(ProtocolRepository protocols, OriginalStore originals, Receipts receipts) {
        this.protocols = protocols;
        this.originals = originals;
        this.receipts = receipts;
    }

    @Get("/{id}")
    Optional<ProtocolView> protocol(String id) {
        return protocols.findById(id).map(p -> ProtocolView.of(p, receipts.of(p)));
    }

    @Get("/{id}/original")
    Optional<HttpResponse<byte[]>> original(String id) {
        return protocols.findById(id).flatMap(p -> originals.read(p.id()).map(bytes -> HttpResponse.ok(bytes)
                .contentType(MediaType.of(p.contentType()))
                .header("Content-Disposition", contentDisposition(p))));
    }

    /** RFC 6266 with an RFC 5987 UTF-8 name, so Cyrillic file names survive the download. */
    private static String contentDisposition(Protocol p) {
        String encoded = java.net.URLEncoder.encode(p.fileName(), StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"protocol\"; filename*=UTF-8''" + encoded;
    }
}

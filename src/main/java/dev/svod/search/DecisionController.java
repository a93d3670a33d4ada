package dev.svod.search;

import io.micronaut.security.annotation.Secured;
import dev.svod.access.Roles;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

import java.util.Arrays;
import java.util.List;

/** Single decisions, their similar decisions in other regions, comparison, the region × topic matrix, export. */
@Controller("/api")
@Secured(Roles.READER)
@ExecuteOn(TaskExecutors.BLOCKING)
class DecisionController {

    private static final MediaType CSV = MediaType.of("text/csv; charset=utf-8");

    private final DecisionLookup lookup;
    private final SimilarDecisionsService similar;
    private final CompareService compare;
    private final RegionTopicMatrix matrix;
    private final SearchExport export;

    DecisionController(DecisionLookup lookup, SimilarDecisionsService similar, CompareService compare,
                       RegionTopicMatrix matrix, SearchExport export) {
        this.lookup = lookup;
        this.similar = similar;
        this.compare = compare;
        this.matrix = matrix;
        this.export = export;
    }

    @Get("/decisions/{id}")
    DecisionHit decision(String id) {
        return DecisionHit.of(lookup.get(id), null, 0);
    }

    @Get("/decisions/{id}/similar")
    SimilarDecisionsService.Similar similar(String id,
                                            @QueryValue(defaultValue = "true") boolean otherRegions,
                                            @QueryValue(defaultValue = "10") int size) {
        return similar.similar(id, otherRegions, size);
    }

    @Get("/compare")
    CompareService.Comparison compare(@QueryValue String ids) {
        return compare.compare(Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList());
    }

    @Get("/matrix")
    HttpResponse<?> matrix(@QueryValue("q") List<String> topics, @QueryValue(defaultValue = "json") String format) {
        RegionTopicMatrix.Matrix result = matrix.count(topics);
        if ("csv".equalsIgnoreCase(format)) {
            return download(export.matrixCsv(result), "svod-matrix.csv");
        }
        return HttpResponse.ok(result);
    }

    @Get("/search/decisions/export")
    HttpResponse<?> exportDecisions(@RequestBean SearchParams params, @Nullable @QueryValue String format) {
        List<DecisionHit> hits = export.all(params);
        if (format == null || "csv".equalsIgnoreCase(format)) {
            return download(export.csv(hits), "svod-decisions.csv");
        }
        if ("json".equalsIgnoreCase(format)) {
            return HttpResponse.ok(hits).header("Content-Disposition", "attachment; filename=\"svod-decisions.json\"");
        }
        throw new InvalidQueryException("Формат выгрузки (format) бывает csv или json.");
    }

    private static HttpResponse<byte[]> download(byte[] body, String fileName) {
        return HttpResponse.ok(body).contentType(CSV)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
    }
}

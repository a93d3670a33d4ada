package dev.svod.search;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

@Controller("/api/search")
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    private final DecisionSearchService decisions;

    SearchController(DecisionSearchService decisions) {
        this.decisions = decisions;
    }

    @Get("/decisions")
    DecisionSearchResult searchDecisions(@QueryValue @Nullable String q,
                                         @QueryValue @Nullable String region,
                                         @QueryValue(defaultValue = "1") int page,
                                         @QueryValue(defaultValue = "20") int size) {
        return decisions.search(new DecisionQuery(q, region, page, size));
    }
}

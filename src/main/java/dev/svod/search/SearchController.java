package dev.svod.search;

import io.micronaut.security.annotation.Secured;
import dev.svod.access.Roles;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;

@Controller("/api/search")
@Secured(Roles.READER)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    private final DecisionSearchService decisions;
    private final ProtocolSearchService protocols;

    SearchController(DecisionSearchService decisions, ProtocolSearchService protocols) {
        this.decisions = decisions;
        this.protocols = protocols;
    }

    @Get("/decisions")
    SearchPage<DecisionHit> searchDecisions(@RequestBean SearchParams params) {
        return decisions.search(params);
    }

    @Get("/protocols")
    SearchPage<ProtocolHit> searchProtocols(@RequestBean SearchParams params) {
        return protocols.search(params);
    }
}

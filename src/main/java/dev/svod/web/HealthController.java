package dev.svod.web;

import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.HealthStatus;
import com.mongodb.client.MongoClient;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import org.bson.Document;

/** UP only when both servers answer: Svod can neither store nor search without them. */
@Controller("/health")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HealthController {

    private final MongoClient mongo;
    private final ElasticsearchClient elasticsearch;

    HealthController(MongoClient mongo, ElasticsearchClient elasticsearch) {
        this.mongo = mongo;
        this.elasticsearch = elasticsearch;
    }

    @Get
    HttpResponse<Health> health() {
        boolean mongoUp = mongoUp();
        boolean elasticsearchUp = elasticsearchUp();
        Health health = new Health(state(mongoUp && elasticsearchUp), state(mongoUp), state(elasticsearchUp));
        return HttpResponse.status(mongoUp && elasticsearchUp ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE)
                .body(health);
    }

    private static String state(boolean up) {
        return up ? "UP" : "DOWN";
    }

    private boolean mongoUp() {
        try {
            mongo.getDatabase("admin").runCommand(new Document("ping", 1));
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Cluster health, not ping: the Maven-Central distribution answers 405 to {@code HEAD /}. */
    private boolean elasticsearchUp() {
        try {
            return elasticsearch.cluster().health().status() != HealthStatus.Red;
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    @Serdeable
    record Health(String status, String mongodb, String elasticsearch) {
    }
}

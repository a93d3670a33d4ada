package dev.svod.web;

import com.mongodb.MongoException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * MongoDB, the archive, did not answer. Nothing was stored (the original is written first, and without MongoDB
 * nothing is), so the archivist can simply try again.
 */
@Produces
@Singleton
class ArchiveUnavailableHandler implements ExceptionHandler<MongoException, HttpResponse<ApiError>> {

    private static final Logger LOG = LoggerFactory.getLogger(ArchiveUnavailableHandler.class);

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, MongoException e) {
        LOG.warn("MongoDB did not answer {} {}", request.getMethod(), request.getPath(), e);
        return HttpResponse.<ApiError>status(HttpStatus.SERVICE_UNAVAILABLE).body(ApiError.of("archive_unavailable",
                "Архив временно недоступен (MongoDB не отвечает); ничего не сохранено, повторите позже."));
    }
}
